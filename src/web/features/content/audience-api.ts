import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AudienceCountT } from '../../../server/modules/content/contract';
import { api } from '../../lib/api';
import type { PostForm } from './form';

/** How many active people the form's audience reaches now, asked again (debounced) whenever it changes. */
export function useAudienceCount(form: PostForm) {
  const body = {
    targeting: { all: form.targetAll, departments: form.departments, sites: form.sites, personIds: form.personIds },
    language: form.language,
  };
  const [debounced] = useDebouncedValue(body, 300);
  return useQuery({
    queryKey: ['audience-count', debounced],
    queryFn: () => api.post<AudienceCountT>('/api/posts/audience-count', debounced),
    placeholderData: keepPreviousData,
  });
}
