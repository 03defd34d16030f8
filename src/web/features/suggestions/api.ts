import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { StatusBodyT, SuggestionBodyT, SuggestionT, ThreadT } from '../../../server/modules/suggestions/contract';
import { api, qs } from '../../lib/api';

export type * from '../../../server/modules/suggestions/contract';
export type SuggestionListT = { items: SuggestionT[]; counts: Record<string, number> };
export type SuggestionStatus = SuggestionT['status'];

function useRefresh() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ['suggestions'] });
}

export const useSuggestions = (status?: SuggestionStatus, sort: 'votes' | 'recent' = 'recent') =>
  useQuery({
    queryKey: ['suggestions', 'list', status, sort],
    queryFn: () => api.get<SuggestionListT>(`/api/suggestions${qs({ status, sort })}`),
  });

/**
 * A thread read with the session (HR, or a named author) or, for an anonymous author, with the secret this device
 * holds: then the session is not used at all, and the server cannot tell who is reading.
 */
export const useThread = (id: string, secret: string | null) =>
  useQuery({
    queryKey: ['suggestions', 'thread', id, secret !== null],
    queryFn: () =>
      secret ? api.post<ThreadT>('/api/suggestion-threads/open', { secret }) : api.get<ThreadT>(`/api/suggestions/${id}/thread`),
    retry: false,
  });

export function useSuggestionActions() {
  const onSuccess = useRefresh();
  return {
    create: useMutation({ mutationFn: (body: SuggestionBodyT) => api.post<{ id: string }>('/api/suggestions', body), onSuccess }),
    vote: useMutation({
      mutationFn: ({ id, on }: { id: string; on: boolean }) =>
        on ? api.post(`/api/suggestions/${id}/vote`) : api.delete(`/api/suggestions/${id}/vote`),
      onSuccess,
    }),
    reply: useMutation({
      mutationFn: ({ id, secret, body }: { id: string; secret: string | null; body: string }) => {
        const clientId = crypto.randomUUID();
        return secret
          ? api.post<ThreadT>('/api/suggestion-threads/reply', { secret, clientId, body })
          : api.post<ThreadT>(`/api/suggestions/${id}/messages`, { clientId, body });
      },
      onSuccess,
    }),
    status: useMutation({
      mutationFn: ({ id, body }: { id: string; body: StatusBodyT }) =>
        api.post<SuggestionT>(`/api/suggestions/${id}/status`, body),
      onSuccess,
    }),
    recover: useMutation({ mutationFn: (secret: string) => api.post<ThreadT>('/api/suggestion-threads/open', { secret }) }),
  };
}
