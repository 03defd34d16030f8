import { useQuery } from '@tanstack/react-query';
import type { PostStatsT } from '../../../server/modules/content/contract';
import { api } from '../../lib/api';

export type { PostStatsT } from '../../../server/modules/content/contract';

export function usePostStats(id: string | undefined) {
  return useQuery({
    queryKey: ['post-stats', id],
    queryFn: () => api.get<PostStatsT>(`/api/posts/${id}/stats`),
    enabled: !!id,
  });
}
