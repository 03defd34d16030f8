import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PeopleListT } from '../../../server/modules/people/contract';
import type { JourneyStepT, JourneyT } from '../../../server/modules/recruiting/journey-contract';
import { api, qs } from '../../lib/api';

export type { JourneyStepT, JourneyT };

export const useJourney = (months: number) =>
  useQuery({
    queryKey: ['recruiting', 'journey', months],
    queryFn: () => api.get<JourneyT>(`/api/recruiting/journey${qs({ months: String(months) })}`),
  });

/** Active people matching a search, to link a hire to their directory person. */
export const usePeopleSearch = (q: string) =>
  useQuery({
    queryKey: ['recruiting', 'people-search', q],
    queryFn: () => api.get<PeopleListT>(`/api/people${qs({ q, status: 'active', pageSize: '20' })}`),
    enabled: q.trim().length >= 2,
  });

export function useLinkHire() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, personId }: { id: string; personId: string | null }) =>
      api.put<{ ok: boolean }>(`/api/recruiting/applications/${id}/person`, { personId }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['recruiting', 'journey'] }),
  });
}
