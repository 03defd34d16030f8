import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QaSessionT } from '../../../server/modules/qa/contract';
import { api } from '../../lib/api';

export type * from '../../../server/modules/qa/contract';
export type QaSessionListT = { items: { id: string; title: string; status: 'open' | 'closed'; questions: number }[] };

export const useQaSessions = () => useQuery({ queryKey: ['qa', 'list'], queryFn: () => api.get<QaSessionListT>('/api/qa') });
export const useQaSession = (id: string) =>
  useQuery({ queryKey: ['qa', 'session', id], queryFn: () => api.get<QaSessionT>(`/api/qa/${id}`) });

export type LeaderPerson = { id: string; name: string; department: string | null };

export function useCreateSession() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { title: string; description: string; leaderIds: string[] }) => api.post<QaSessionT>('/api/qa', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['qa', 'list'] }),
  });
}

/** Every action answers the session as the reader now sees it: put it straight in the cache. */
export function useQaActions(id: string) {
  const qc = useQueryClient();
  const onSuccess = (s: QaSessionT) => {
    qc.setQueryData(['qa', 'session', id], s);
    void qc.invalidateQueries({ queryKey: ['qa', 'list'] });
  };
  const base = `/api/qa/${id}`;
  return {
    ask: useMutation({
      mutationFn: (body: { body: string; anonymous: boolean }) => api.post<QaSessionT>(`${base}/questions`, body),
      onSuccess,
    }),
    vote: useMutation({ mutationFn: (q: string) => api.post<QaSessionT>(`${base}/questions/${q}/vote`), onSuccess }),
    moderate: useMutation({
      mutationFn: ({ q, decision }: { q: string; decision: 'approved' | 'rejected' }) =>
        api.post<QaSessionT>(`${base}/questions/${q}/moderate`, { decision }),
      onSuccess,
    }),
    answer: useMutation({
      mutationFn: ({ q, body, mediaKey = null }: { q: string; body: string; mediaKey?: string | null }) =>
        api.post<QaSessionT>(`${base}/questions/${q}/answer`, { body, mediaKey }),
      onSuccess,
    }),
  };
}
