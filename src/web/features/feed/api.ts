import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  FeedPageT,
  FeedPostT,
  ImpactT,
  ShareBodyT,
  ShareResultT,
  SharingProfileT,
} from '../../../server/modules/sharing/contract';
import { api, qs } from '../../lib/api';

export type { FeedItemT, FeedPostT, ImpactT, ShareResultT, SharingProfileT } from '../../../server/modules/sharing/contract';

export function useFeed() {
  return useInfiniteQuery({
    queryKey: ['feed'],
    queryFn: ({ pageParam }) => api.get<FeedPageT>(`/api/feed${qs({ before: pageParam })}`),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useFeedPost(postId: string) {
  return useQuery({ queryKey: ['feed', postId], queryFn: () => api.get<FeedPostT>(`/api/feed/${postId}`) });
}

export function useShare() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ShareBodyT) => api.post<ShareResultT>('/api/shares', body),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['feed'] });
      void qc.invalidateQueries({ queryKey: ['impact'] });
    },
  });
}

export function useImpact() {
  return useQuery({ queryKey: ['impact'], queryFn: () => api.get<ImpactT>('/api/me/impact') });
}

export function useSharingProfile() {
  return useQuery({ queryKey: ['sharing-profile'], queryFn: () => api.get<SharingProfileT>('/api/me/sharing-profile') });
}

export function useSaveSharingProfile() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: SharingProfileT) => api.put<SharingProfileT>('/api/me/sharing-profile', body),
    onSuccess: (saved) => {
      qc.setQueryData(['sharing-profile'], saved);
      // The languages I read decide which posts my feed offers.
      void qc.invalidateQueries({ queryKey: ['feed'] });
    },
  });
}
