import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CheckInResultT,
  EventInputT,
  EventMeasureT,
  EventViewT,
  MyRegistrationT,
  RegistrationRowT,
  SwapProposalInputT,
  SwapViewT,
} from '../../../server/modules/events/contract';
import { api } from '../../lib/api';

export type * from '../../../server/modules/events/contract';
export type StoryCardT = { id: string; authorName: string; body: string; photoUrls: string[]; postId: string | null };

const all = ['events'] as const;

/** Every events answer may have moved after a write: refetch what is on screen. */
function useRefresh() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: all });
}

export const useEvents = (scope: 'all' | 'upcoming' = 'all') =>
  useQuery({
    queryKey: ['events', 'list', scope],
    queryFn: () => api.get<{ events: EventViewT[] }>(`/api/events?scope=${scope}`),
    staleTime: scope === 'upcoming' ? 60_000 : 0,
  });
export const useEvent = (id: string) =>
  useQuery({ queryKey: ['events', 'detail', id], queryFn: () => api.get<EventViewT>(`/api/events/${id}`), enabled: !!id });
export const useGallery = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: ['events', 'gallery', id],
    queryFn: () => api.get<{ stories: StoryCardT[] }>(`/api/events/${id}/stories`),
    enabled,
  });
export const useManagedEvents = () =>
  useQuery({ queryKey: ['events', 'managed'], queryFn: () => api.get<{ events: EventViewT[] }>('/api/events/managed') });
export const useMeasures = () =>
  useQuery({ queryKey: ['events', 'measures'], queryFn: () => api.get<{ events: EventMeasureT[] }>('/api/events/measures') });
export const useRegistrations = (id: string) =>
  useQuery({
    queryKey: ['events', 'registrations', id],
    queryFn: () => api.get<{ registrations: RegistrationRowT[] }>(`/api/events/${id}/registrations`),
  });
export const useSwaps = () =>
  useQuery({ queryKey: ['events', 'swaps'], queryFn: () => api.get<{ swaps: SwapViewT[] }>('/api/events/swaps') });

export function useRegistrationActions(eventId: string) {
  const refresh = useRefresh();
  return {
    register: useMutation({
      mutationFn: () => api.post<MyRegistrationT>(`/api/events/${eventId}/registration`),
      onSuccess: refresh,
    }),
    cancel: useMutation({
      mutationFn: (id: string) => api.post<MyRegistrationT>(`/api/events/registrations/${id}/cancel`),
      onSuccess: refresh,
    }),
  };
}

export function useShareLink(eventId: string) {
  return useMutation({ mutationFn: () => api.post<{ url: string }>(`/api/events/${eventId}/share-link`) });
}

export function useSaveEvent(id?: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: EventInputT) =>
      id ? api.put<EventViewT>(`/api/events/${id}`, body) : api.post<EventViewT>('/api/events', body),
    onSuccess: refresh,
  });
}

export function useCheckIn(eventId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (code: string) => api.post<CheckInResultT>(`/api/events/${eventId}/check-in`, { code }),
    onSuccess: refresh,
  });
}

export function useSwapActions() {
  const refresh = useRefresh();
  return {
    propose: useMutation({
      mutationFn: (body: SwapProposalInputT) => api.post<SwapViewT>('/api/events/swaps', body),
      onSuccess: refresh,
    }),
    decide: useMutation({
      mutationFn: (v: { id: string; approve: boolean }) =>
        api.post<SwapViewT>(`/api/events/swaps/${v.id}/decision`, { approve: v.approve }),
      onSuccess: refresh,
    }),
  };
}
