import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OrgSettingsPatchT, OrgSettingsT } from '../../../server/modules/organisations/contract';
import { api } from '../../lib/api';

export type { OrgSettingsT } from '../../../server/modules/organisations/contract';

export function useOrgSettings() {
  return useQuery({ queryKey: ['org-settings'], queryFn: () => api.get<OrgSettingsT>('/api/organisation/settings') });
}

export function useSaveOrgSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: OrgSettingsPatchT) => api.patch<OrgSettingsT>('/api/organisation/settings', body),
    onSuccess: (s) => {
      qc.setQueryData(['org-settings'], s);
      void qc.invalidateQueries({ queryKey: ['me'] });
    },
  });
}
