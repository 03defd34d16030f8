import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InviteResultT } from '../../../server/modules/auth/contract';
import { api, qs } from '../../lib/api';
import type { PeopleFilters } from './filters';
import type { ImportPreviewT, ImportProgressT, PeopleFacetsT, PeopleListT, PersonInputT, PersonPatchT, PersonT } from './types';

export const PAGE_SIZE = 25;

export const usePeople = (f: PeopleFilters) =>
  useQuery({
    queryKey: ['people', f],
    queryFn: () => api.get<PeopleListT>(`/api/people${qs({ ...f, pageSize: PAGE_SIZE })}`),
    placeholderData: keepPreviousData,
  });

export const useFacets = () =>
  useQuery({ queryKey: ['people-facets'], queryFn: () => api.get<PeopleFacetsT>('/api/people/facets'), staleTime: 300_000 });

export const usePerson = (id: string | undefined) =>
  useQuery({
    queryKey: ['person', id],
    queryFn: () => api.get<PersonT>(`/api/people/${encodeURIComponent(id ?? '')}`),
    enabled: !!id,
  });

/** Create, edit, deactivate and reactivate; each success refreshes the lists and the person. */
export function usePersonActions() {
  const qc = useQueryClient();
  const done = (p: PersonT) => {
    qc.setQueryData(['person', p.id], p);
    void qc.invalidateQueries({ queryKey: ['people'] });
    void qc.invalidateQueries({ queryKey: ['people-facets'] });
  };
  return {
    save: useMutation({
      mutationFn: ({ id, body }: { id?: string; body: PersonInputT & PersonPatchT }) =>
        id ? api.patch<PersonT>(`/api/people/${id}`, body) : api.post<PersonT>('/api/people', body),
      onSuccess: done,
    }),
    setActive: useMutation({
      mutationFn: ({ id, active }: { id: string; active: boolean }) =>
        api.post<PersonT>(`/api/people/${id}/${active ? 'reactivate' : 'deactivate'}`),
      onSuccess: done,
    }),
  };
}

export function useInvite() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (personIds: string[]) => api.post<InviteResultT>('/api/invitations', { personIds }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['people'] }),
  });
}

/** Ids of everyone never invited, page by page (the list answers at most 100 a page). */
export async function pendingIds(): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; ; page++) {
    const res = await api.get<PeopleListT>(`/api/people${qs({ status: 'pending', pageSize: 100, page })}`);
    ids.push(...res.items.map((p) => p.id));
    if (res.items.length === 0 || page * res.pageSize >= res.total) return ids;
  }
}

export const useImportPreview = () =>
  useMutation({ mutationFn: (csv: string) => api.post<ImportPreviewT>('/api/people/imports', { csv }) });

export const useImportConfirm = () =>
  useMutation({ mutationFn: (id: string) => api.post<ImportProgressT>(`/api/people/imports/${id}/confirm`) });

/** Tries a failed import again from where it stopped; the answer (queued) starts the polling again. */
export function useImportRetry() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<ImportProgressT>(`/api/people/imports/${id}/retry`),
    onSuccess: (p) => qc.setQueryData(['people-import', p.id], p),
  });
}

/** Polls an import every second until it has finished (done or failed: a failed import never polls forever). */
export const useImportStatus = (id: string | undefined) =>
  useQuery({
    queryKey: ['people-import', id],
    queryFn: () => api.get<ImportProgressT>(`/api/people/imports/${id}`),
    enabled: !!id,
    refetchInterval: (q) => (q.state.data && isFinished(q.state.data.status) ? false : 1000),
  });

export const isFinished = (status: ImportProgressT['status']) => status === 'done' || status === 'failed';
