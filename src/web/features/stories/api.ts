import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { StoryInputT, StoryMeasuresT, StoryT } from '../../../server/modules/stories/contract';
import { api, qs } from '../../lib/api';

export type { StoryInputT, StoryMeasuresT, StoryT };
export type MyStoriesT = { maySubmit: boolean; items: StoryT[] };
export type TaggedT = { items: { id: string; author: string; body: string; status: StoryT['status']; declined: boolean }[] };
export type Colleague = { id: string; name: string };

function useRefresh() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ['stories'] });
}

export const useMyStories = () =>
  useQuery({ queryKey: ['stories', 'mine'], queryFn: () => api.get<MyStoriesT>('/api/stories/mine') });
export const useStory = (id: string | undefined) =>
  useQuery({ queryKey: ['stories', 'one', id], queryFn: () => api.get<StoryT>(`/api/stories/${id}`), enabled: !!id });
export const useTagged = () =>
  useQuery({ queryKey: ['stories', 'tagged'], queryFn: () => api.get<TaggedT>('/api/stories/tagged') });
export const useQueue = () =>
  useQuery({ queryKey: ['stories', 'queue'], queryFn: () => api.get<{ items: StoryT[] }>('/api/stories/queue') });
export const useColleagues = (q: string) =>
  useQuery({
    queryKey: ['stories', 'colleagues', q],
    queryFn: () => api.get<{ items: Colleague[] }>(`/api/stories/colleagues${qs({ q })}`),
    enabled: q.trim().length >= 2,
  });

export function useSubmitStory() {
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: StoryInputT }) =>
      id ? api.put<{ id: string }>(`/api/stories/${id}`, body) : api.post<{ id: string }>('/api/stories', body),
    onSuccess,
  });
}

export function useDeclineTag() {
  const onSuccess = useRefresh();
  return useMutation({ mutationFn: (id: string) => api.post(`/api/stories/${id}/decline-tag`), onSuccess });
}

export type Decision =
  | { id: string; kind: 'approve'; captions: { locale: 'it' | 'en'; text: string }[] }
  | { id: string; kind: 'request-changes' | 'decline'; note: string };

export function useDecide() {
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: (d: Decision) =>
      d.kind === 'approve'
        ? api.post(`/api/stories/${d.id}/approve`, { captions: d.captions })
        : api.post(`/api/stories/${d.id}/${d.kind}`, { note: d.note }),
    onSuccess,
  });
}
