import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  OpenSurveyT,
  ResponseBodyT,
  SurveyInputT,
  SurveyListT,
  SurveyResultsT,
  SurveyT,
} from '../../../server/modules/surveys/contract';
import { api, qs } from '../../lib/api';

export type * from '../../../server/modules/surveys/contract';
export type OpenSurveyListT = { items: OpenSurveyT[] };

/** Every survey answer may have moved after a write: refetch what is on screen. */
function useRefresh() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ['surveys'] });
}

export const useOpenSurveys = () =>
  useQuery({ queryKey: ['surveys', 'mine'], queryFn: () => api.get<OpenSurveyListT>('/api/me/surveys'), staleTime: 60_000 });

export function useSubmitResponse() {
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: (body: ResponseBodyT) => api.post<{ ok: true; anonymous: boolean }>('/api/me/surveys/responses', body),
    onSuccess,
  });
}

export const useSurveys = () => useQuery({ queryKey: ['surveys', 'list'], queryFn: () => api.get<SurveyListT>('/api/surveys') });
export const useTeamSurveys = () =>
  useQuery({ queryKey: ['surveys', 'team'], queryFn: () => api.get<SurveyListT>('/api/surveys/team') });

/** One survey as its editors see it; no request without an id (a new survey). */
export const useSurvey = (id: string | undefined) =>
  useQuery({
    queryKey: ['surveys', 'detail', id],
    queryFn: () => api.get<SurveyT>(`/api/surveys/${id}`),
    enabled: !!id,
  });

export type ResultsFilter = { round?: string; breakdown?: string; department?: string; site?: string; scope?: 'team' };
export const resultsQuery = (f: ResultsFilter) => qs(f);
export const useResults = (id: string, f: ResultsFilter) =>
  useQuery({
    queryKey: ['surveys', 'results', id, f],
    queryFn: () => api.get<SurveyResultsT>(`/api/surveys/${id}/results${resultsQuery(f)}`),
  });

export function useManageSurvey() {
  const onSuccess = useRefresh();
  return {
    create: useMutation({ mutationFn: (body: SurveyInputT) => api.post<SurveyT>('/api/surveys', body), onSuccess }),
    update: useMutation({
      mutationFn: ({ id, body }: { id: string; body: SurveyInputT }) => api.put<SurveyT>(`/api/surveys/${id}`, body),
      onSuccess,
    }),
    publish: useMutation({ mutationFn: (id: string) => api.post<SurveyT>(`/api/surveys/${id}/publish`), onSuccess }),
    close: useMutation({ mutationFn: (id: string) => api.post<SurveyT>(`/api/surveys/${id}/close`), onSuccess }),
  };
}
