import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CampaignT,
  CatalogueT,
  CompletionsImportResultT,
  EnrolBodyT,
  FeedbackSummaryT,
  FeedCardsT,
  LrsKeysT,
  ManagedTrainingListT,
  ManagedTrainingT,
  MeasuresT,
  MyEnrolmentT,
  NewLrsKeyT,
  ParticipantsT,
  SessionInputT,
  SessionPatchT,
  SettingsBodyT,
  SettingsT,
  TeamTrainingListT,
  TeamTrainingT,
  TrainingDetailT,
  TrainingInputT,
  TrainingPatchT,
} from '../../../server/modules/training/contract';
import { ApiError, api } from '../../lib/api';
import i18n from '../../lib/i18n';

export type * from '../../../server/modules/training/contract';

const key = {
  all: ['training'] as const,
  detail: (id: string) => ['training', 'detail', id] as const,
  managed: (id: string) => ['training', 'managed', id] as const,
  team: (id: string) => ['training', 'team', id] as const,
};

/** Every training answer may have moved after a write: refetch what is on screen. */
export function useRefresh() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: key.all });
}

export const useCatalogue = () =>
  useQuery({ queryKey: ['training', 'catalogue'], queryFn: () => api.get<CatalogueT>('/api/training') });
export const useFeedCards = () =>
  useQuery({ queryKey: ['training', 'feed'], queryFn: () => api.get<FeedCardsT>('/api/training/feed'), staleTime: 60_000 });
export const useTraining = (id: string) =>
  useQuery({ queryKey: key.detail(id), queryFn: () => api.get<TrainingDetailT>(`/api/training/trainings/${id}`) });

export function useLearnerActions(trainingId: string) {
  const refresh = useRefresh();
  return {
    enrol: useMutation({
      mutationFn: (body: EnrolBodyT) => api.post<MyEnrolmentT>(`/api/training/trainings/${trainingId}/enrol`, body),
      onSuccess: refresh,
    }),
    cancel: useMutation({
      mutationFn: (id: string) => api.post<MyEnrolmentT>(`/api/training/enrolments/${id}/cancel`),
      onSuccess: refresh,
    }),
    feedback: useMutation({
      mutationFn: ({ id, usefulness, suggestion }: { id: string; usefulness: number; suggestion: string }) =>
        api.post<MyEnrolmentT>(`/api/training/enrolments/${id}/feedback`, { usefulness, suggestion }),
      onSuccess: refresh,
    }),
  };
}

/** Channel measurement: fire and forget (a lost view is not worth an error on screen). */
export function reach(trainingId: string, channel: 'feed' | 'email', event: 'view' | 'open') {
  void api.post(`/api/training/trainings/${trainingId}/reach`, { channel, event }).catch(() => undefined);
}

export const useTeam = () =>
  useQuery({ queryKey: ['training', 'team'], queryFn: () => api.get<TeamTrainingListT>('/api/training/team') });
export const useTeamTraining = (id: string) =>
  useQuery({ queryKey: key.team(id), queryFn: () => api.get<TeamTrainingT>(`/api/training/team/${id}`) });

export function useTeamActions(trainingId: string) {
  const refresh = useRefresh();
  return {
    endorse: useMutation({
      mutationFn: (note: string | null) =>
        note === null
          ? api.delete<TeamTrainingT>(`/api/training/trainings/${trainingId}/endorsement`)
          : api.put<TeamTrainingT>(`/api/training/trainings/${trainingId}/endorsement`, { note }),
      onSuccess: refresh,
    }),
    nudge: useMutation({
      mutationFn: (body: { personId: string; message: string }) =>
        api.post<TeamTrainingT>(`/api/training/trainings/${trainingId}/nudges`, body),
      onSuccess: refresh,
    }),
    decide: useMutation({
      mutationFn: ({ id, decision }: { id: string; decision: 'approve' | 'decline' }) =>
        api.post(`/api/training/enrolments/${id}/${decision}`),
      onSuccess: refresh,
    }),
  };
}

export const useManagedList = () =>
  useQuery({ queryKey: ['training', 'manage'], queryFn: () => api.get<ManagedTrainingListT>('/api/training/manage') });
export const useManaged = (id: string | undefined) =>
  useQuery({
    queryKey: key.managed(id ?? ''),
    queryFn: () => api.get<ManagedTrainingT>(`/api/training/manage/${id}`),
    enabled: !!id,
  });
export const useParticipants = (id: string) =>
  useQuery({
    queryKey: ['training', 'participants', id],
    queryFn: () => api.get<ParticipantsT>(`/api/training/manage/${id}/participants`),
  });
export const useFeedbackSummary = (id: string) =>
  useQuery({
    queryKey: ['training', 'feedback', id],
    queryFn: () => api.get<FeedbackSummaryT>(`/api/training/manage/${id}/feedback`),
  });
export const useCampaign = (id: string) =>
  useQuery({
    queryKey: ['training', 'campaign', id],
    queryFn: () => api.get<CampaignT>(`/api/training/manage/${id}/campaign`),
    // A mailing runs in the background: look again while one is under way.
    refetchInterval: (q) => (q.state.data?.mailings.some((m) => m.status === 'queued' || m.status === 'running') ? 2000 : false),
  });

export function useManageActions() {
  const onSuccess = useRefresh();
  return {
    save: useMutation({
      mutationFn: ({ id, body }: { id?: string; body: TrainingInputT | TrainingPatchT }) =>
        id
          ? api.patch<ManagedTrainingT>(`/api/training/manage/${id}`, body)
          : api.post<ManagedTrainingT>('/api/training/manage', body),
      onSuccess,
    }),
    status: useMutation({
      mutationFn: ({ id, to }: { id: string; to: 'publish' | 'archive' }) =>
        api.post<ManagedTrainingT>(`/api/training/manage/${id}/${to}`),
      onSuccess,
    }),
    addSession: useMutation({
      mutationFn: ({ id, body }: { id: string; body: SessionInputT }) =>
        api.post<ManagedTrainingT>(`/api/training/manage/${id}/sessions`, body),
      onSuccess,
    }),
    updateSession: useMutation({
      mutationFn: ({ id, body }: { id: string; body: SessionPatchT }) =>
        api.patch<ManagedTrainingT>(`/api/training/sessions/${id}`, body),
      onSuccess,
    }),
    deleteSession: useMutation({
      mutationFn: (id: string) => api.delete<ManagedTrainingT>(`/api/training/sessions/${id}`),
      onSuccess,
    }),
    change: useMutation({
      mutationFn: ({ id, note }: { id: string; note: string }) =>
        api.post<FeedbackSummaryT>(`/api/training/manage/${id}/changes`, { note }),
      onSuccess,
    }),
    mailing: useMutation({ mutationFn: (id: string) => api.post<CampaignT>(`/api/training/manage/${id}/mailings`), onSuccess }),
    advocacy: useMutation({
      mutationFn: (id: string) => api.post<CampaignT>(`/api/training/manage/${id}/advocacy-post`),
      onSuccess,
    }),
  };
}

/** The poster is a PDF answered to a POST: saved through a temporary link, as a download. */
export function usePoster(trainingId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (body: { propositionId?: string; place?: string }) => {
      const res = await fetch(`/api/training/manage/${trainingId}/poster`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', 'accept-language': i18n.language },
        body: JSON.stringify(body),
      }).catch(() => {
        throw new ApiError(0, 'network', i18n.t('common:errors.network'));
      });
      if (!res.ok) {
        const data = (await res.json().catch(() => ({}))) as { error?: { code: string; message: string } };
        throw new ApiError(res.status, data.error?.code ?? 'internal', data.error?.message ?? i18n.t('common:errors.generic'));
      }
      const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'poster.pdf';
      const url = URL.createObjectURL(await res.blob());
      const a = Object.assign(document.createElement('a'), { href: url, download: name });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
    onSuccess: refresh,
  });
}

export const useMeasures = (year: number) =>
  useQuery({
    queryKey: ['training', 'measures', year],
    queryFn: () => api.get<MeasuresT>(`/api/training/measures?year=${year}`),
  });
export const useSettings = () =>
  useQuery({ queryKey: ['training', 'settings'], queryFn: () => api.get<SettingsT>('/api/training/settings') });
export const useLrsKeys = () =>
  useQuery({ queryKey: ['training', 'lrs-keys'], queryFn: () => api.get<LrsKeysT>('/api/training/lrs-keys') });

export function useAdminActions() {
  const refresh = useRefresh();
  return {
    settings: useMutation({
      mutationFn: (body: SettingsBodyT) => api.put<SettingsT>('/api/training/settings', body),
      onSuccess: refresh,
    }),
    createKey: useMutation({
      mutationFn: (label: string) => api.post<NewLrsKeyT>('/api/training/lrs-keys', { label }),
      onSuccess: refresh,
    }),
    revokeKey: useMutation({
      mutationFn: (id: string) => api.delete<LrsKeysT>(`/api/training/lrs-keys/${id}`),
      onSuccess: refresh,
    }),
    importCsv: useMutation({
      mutationFn: (body: { csv: string; apply: boolean }) =>
        api.post<CompletionsImportResultT>('/api/training/completions/import', body),
      onSuccess: refresh,
    }),
  };
}
