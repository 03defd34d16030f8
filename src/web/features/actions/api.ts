import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ActionBodyT, BoardItemT } from '../../../server/modules/actions/contract';
import { api } from '../../lib/api';

export type * from '../../../server/modules/actions/contract';
export type ActionStatus = BoardItemT['status'];

export const useBoard = () =>
  useQuery({ queryKey: ['actions'], queryFn: () => api.get<{ items: BoardItemT[] }>('/api/actions') });

export function useActionWrites() {
  const qc = useQueryClient();
  const onSuccess = () => qc.invalidateQueries({ queryKey: ['actions'] });
  return {
    create: useMutation({ mutationFn: (body: ActionBodyT) => api.post<BoardItemT>('/api/actions', body), onSuccess }),
    update: useMutation({
      mutationFn: ({ id, status, expected }: { id: string; status: ActionStatus; expected: ActionStatus }) =>
        api.patch<BoardItemT>(`/api/actions/${id}`, { status, expected }),
      onSuccess,
    }),
  };
}
