import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PendingSharesT, ShareAnswerT, ShareStateT } from '../../../server/modules/sharing/contract';
import { api } from '../../lib/api';

export type { PendingSharesT, ShareAnswerT, ShareStateT } from '../../../server/modules/sharing/contract';

/** My recent shares I have not said I posted: the feed asks about them. */
export function usePendingShares() {
  return useQuery({
    queryKey: ['pending-shares'],
    queryFn: () => api.get<PendingSharesT>('/api/me/shares/pending'),
    // Coming back from LinkedIn or WhatsApp refocuses the tab: ask again then.
    refetchOnWindowFocus: true,
  });
}

/** "Did you post it?": the answer changes my impact figures and what the feed asks. */
export function useAnswerShare() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ shareId, answer }: { shareId: string; answer: ShareAnswerT }) =>
      api.post<ShareStateT>(`/api/shares/${shareId}/answer`, { answer }),
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: ['pending-shares'] });
      void qc.invalidateQueries({ queryKey: ['impact'] });
    },
  });
}
