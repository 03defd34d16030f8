import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NewsInputT, NewsItemT, NewsPostT, NewsStatsT } from '../../../server/modules/news/contract';
import { api } from '../../lib/api';

export type * from '../../../server/modules/news/contract';
export type NewsFeedT = { items: Omit<NewsItemT, 'html' | 'comments'>[]; pendingMustReads: number };
export type NewsListT = { items: NewsPostT[] };
export type ReactionKind = keyof NewsItemT['reactions'];

function useRefresh() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ['news'] });
}

export const useMyNews = () => useQuery({ queryKey: ['news', 'mine'], queryFn: () => api.get<NewsFeedT>('/api/news') });
/** Opening a post counts it as read (the server records it). */
export const useNewsItem = (id: string) =>
  useQuery({ queryKey: ['news', 'item', id], queryFn: () => api.get<NewsItemT>(`/api/news/${id}`) });

export function useReaderActions(id: string) {
  const onSuccess = useRefresh();
  return {
    acknowledge: useMutation({ mutationFn: () => api.post(`/api/news/${id}/acknowledge`), onSuccess }),
    react: useMutation({
      mutationFn: (body: { kind: ReactionKind; on: boolean }) => api.post(`/api/news/${id}/reactions`, body),
      onSuccess,
    }),
    comment: useMutation({ mutationFn: (body: string) => api.post(`/api/news/${id}/comments`, { body }), onSuccess }),
    hide: useMutation({
      mutationFn: ({ commentId, reason }: { commentId: string; reason: string }) =>
        api.post(`/api/news/${id}/comments/${commentId}/hide`, { reason }),
      onSuccess,
    }),
  };
}

export const useNewsPosts = () => useQuery({ queryKey: ['news', 'posts'], queryFn: () => api.get<NewsListT>('/api/news/posts') });
export const useNewsPost = (id: string | undefined) =>
  useQuery({
    queryKey: ['news', 'post', id],
    queryFn: () => api.get<NewsPostT>(`/api/news/posts/${id}`),
    enabled: !!id,
  });
export const useNewsStats = (id: string) =>
  useQuery({ queryKey: ['news', 'stats', id], queryFn: () => api.get<NewsStatsT>(`/api/news/posts/${id}/stats`) });

export function useAuthorActions() {
  const onSuccess = useRefresh();
  return {
    save: useMutation({
      mutationFn: ({ id, body }: { id?: string; body: NewsInputT }) =>
        id ? api.put<NewsPostT>(`/api/news/posts/${id}`, body) : api.post<NewsPostT>('/api/news/posts', body),
      onSuccess,
    }),
    status: useMutation({
      mutationFn: ({ id, to }: { id: string; to: 'publish' | 'archive' }) => api.post<NewsPostT>(`/api/news/posts/${id}/${to}`),
      onSuccess,
    }),
  };
}
