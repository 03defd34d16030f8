import { useMutation, useMutationState, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RosterT } from '../../../server/modules/training/contract';
import { api } from '../../lib/api';
import { useRefresh } from './api';

// The trainer's roll call: the roster of one session and the check-in taps.
export const useRoster = (sessionId: string) =>
  useQuery({
    queryKey: ['training', 'roster', sessionId],
    queryFn: () => api.get<RosterT>(`/api/training/sessions/${sessionId}/roster`),
  });
/**
 * A tap in the training room shows at once (optimistic), and the trainer can go on tapping other names while it is
 * saved. The server's roster is taken only when no other tap is still in flight (it would briefly undo those), and a
 * refused tap is put back by the same refetch.
 */
export function useCheckIn(sessionId: string) {
  const qc = useQueryClient();
  const refresh = useRefresh();
  const rosterKey = ['training', 'roster', sessionId];
  const mutationKey = checkInKey(sessionId);
  const last = () => qc.isMutating({ mutationKey }) <= 1;
  return useMutation({
    mutationKey,
    mutationFn: (body: CheckInBody) => api.post<RosterT>(`/api/training/sessions/${sessionId}/check-in`, body),
    onMutate: (body) =>
      qc.setQueryData<RosterT>(
        rosterKey,
        (r) => r && { ...r, people: r.people.map((p) => (p.personId === body.personId ? { ...p, present: body.present } : p)) },
      ),
    onSuccess: (roster) => {
      if (last()) qc.setQueryData(rosterKey, roster);
    },
    onSettled: () => (last() ? refresh() : undefined),
  });
}
type CheckInBody = { personId: string; present: boolean };
const checkInKey = (sessionId: string) => ['training', 'check-in', sessionId];
/** The people whose check-in is being saved (their box waits; the others stay tappable). */
export const useCheckInsSaving = (sessionId: string) =>
  useMutationState({
    filters: { mutationKey: checkInKey(sessionId), status: 'pending' },
    select: (m) => (m.state.variables as CheckInBody | undefined)?.personId,
  });
