import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AlertListT,
  ApplyBodyT,
  BoardQueryT,
  BoardT,
  CandidateListT,
  ConfirmPlanBodyT,
  DashboardT,
  DecisionBodyT,
  GuidelineVersionT,
  MemberListT,
  MyProgrammesT,
  NominationAnswerBodyT,
  PlanT,
  ProgrammeInputT,
  ProgrammePatchT,
  ProgrammeT,
  QuizResultT,
  RecognitionPatchT,
  RecognitionSettingsT,
} from '../../../server/modules/ambassadors/contract';
import { api, qs } from '../../lib/api';

export type * from '../../../server/modules/ambassadors/contract';

/** Every mutation refreshes what the programme pages show (a member's view, comms' lists). */
function useInvalidate() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ['ambassadors'] });
    void qc.invalidateQueries({ queryKey: ['programmes'] });
  };
}

function useAction<B, R = unknown>(fn: (body: B) => Promise<R>) {
  const done = useInvalidate();
  return useMutation({ mutationFn: fn, onSuccess: done });
}

// The member's side.
export const useMyProgrammes = () =>
  useQuery({ queryKey: ['ambassadors', 'me'], queryFn: () => api.get<MyProgrammesT>('/api/ambassadors/me'), staleTime: 30_000 });
export const useApply = (id: string) => useAction((b: ApplyBodyT) => api.post(`/api/programmes/${id}/apply`, b));
export const useAnswerNomination = () =>
  useAction((b: NominationAnswerBodyT & { applicationId: string }) =>
    api.post(`/api/ambassadors/applications/${b.applicationId}/nomination`, b),
  );
export const useAnswerInvitation = () =>
  useAction((b: { applicationId: string; accept: boolean }) =>
    api.post(`/api/ambassadors/applications/${b.applicationId}/invitation`, { accept: b.accept }),
  );
export const useAcceptGuidelines = () =>
  useAction((versionId: string) => api.post(`/api/ambassadors/guidelines/${versionId}/accept`));
export const useComment = () =>
  useAction((b: { versionId: string; body: string }) =>
    api.post(`/api/ambassadors/guidelines/${b.versionId}/comments`, { body: b.body }),
  );
export const useSubmitQuiz = (id: string) =>
  useAction((answers: number[]) => api.post<QuizResultT>(`/api/ambassadors/programmes/${id}/quiz`, { answers }));
export const useBoard = (q: Partial<BoardQueryT>) =>
  useQuery({ queryKey: ['ambassadors', 'board', q], queryFn: () => api.get<BoardT>(`/api/ambassadors/board${qs(q)}`) });

// Comms, reviewers, managers.
export const useProgrammes = () =>
  useQuery({ queryKey: ['programmes'], queryFn: () => api.get<{ items: ProgrammeT[] }>('/api/programmes') });
export const useProgramme = (id: string) =>
  useQuery({ queryKey: ['programmes', id], queryFn: () => api.get<ProgrammeT>(`/api/programmes/${id}`), enabled: !!id });
export const useCreateProgramme = () => useAction((b: ProgrammeInputT) => api.post<ProgrammeT>('/api/programmes', b));
export const useUpdateProgramme = (id: string) =>
  useAction((b: ProgrammePatchT) => api.patch<ProgrammeT>(`/api/programmes/${id}`, b));
export const useCandidates = (id: string, status?: string) =>
  useQuery({
    queryKey: ['programmes', id, 'candidates', status],
    queryFn: () => api.get<CandidateListT>(`/api/programmes/${id}/candidates${qs({ status })}`),
  });
export const useDecide = (id: string) =>
  useAction((b: DecisionBodyT & { applicationId: string }) =>
    api.post(`/api/programmes/${id}/candidates/${b.applicationId}/decision`, b),
  );
export const useNominate = (id: string) =>
  useAction((b: { personId: string; reason: string }) => api.post(`/api/programmes/${id}/nominations`, b));
export const useMembers = (id: string) =>
  useQuery({ queryKey: ['programmes', id, 'members'], queryFn: () => api.get<MemberListT>(`/api/programmes/${id}/members`) });
export const useMemberAction = (id: string) =>
  useAction((b: { memberId: string; action: 'suspend' | 'reinstate'; reason?: string }) =>
    api.post(`/api/programmes/${id}/members/${b.memberId}/${b.action}`, b.action === 'suspend' ? { reason: b.reason } : {}),
  );
export const useSetLeaving = (id: string) =>
  useAction((b: { memberId: string; leavingOn: string | null }) =>
    api.put(`/api/programmes/${id}/members/${b.memberId}/leaving`, b),
  );
export const useGuidelines = (id: string) =>
  useQuery({
    queryKey: ['programmes', id, 'guidelines'],
    queryFn: () => api.get<{ items: GuidelineVersionT[] }>(`/api/programmes/${id}/guidelines`),
  });
export const useSaveDraft = (id: string) =>
  useAction((b: { versionId?: string; bodyIt: string; bodyEn: string }) =>
    b.versionId ? api.put(`/api/programmes/${id}/guidelines/${b.versionId}`, b) : api.post(`/api/programmes/${id}/guidelines`, b),
  );
export const useGuidelineStep = (id: string) =>
  useAction((b: { versionId: string; step: 'consultation' | 'publish'; kind?: 'major' | 'minor' }) =>
    api.post(`/api/programmes/${id}/guidelines/${b.versionId}/${b.step}`, b.step === 'publish' ? { kind: b.kind } : {}),
  );
export const usePlan = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: ['programmes', id, 'rotation'],
    queryFn: () => api.get<PlanT>(`/api/programmes/${id}/rotation`),
    enabled,
  });
export const useConfirmPlan = (id: string) => useAction((b: ConfirmPlanBodyT) => api.post(`/api/programmes/${id}/rotation`, b));
export const useDashboard = (id: string) =>
  useQuery({ queryKey: ['programmes', id, 'dashboard'], queryFn: () => api.get<DashboardT>(`/api/programmes/${id}/dashboard`) });
export const useAlerts = (id: string) =>
  useQuery({ queryKey: ['programmes', id, 'alerts'], queryFn: () => api.get<AlertListT>(`/api/programmes/${id}/alerts`) });
export const useAcknowledge = (id: string) =>
  useAction((alertId: string) => api.post(`/api/programmes/${id}/alerts/${alertId}/acknowledge`));
export const useRecognition = () =>
  useQuery({
    queryKey: ['programmes', 'recognition'],
    queryFn: () => api.get<RecognitionSettingsT>('/api/ambassadors/recognition'),
  });
export const useSaveRecognition = () =>
  useAction((b: RecognitionPatchT) => api.patch<RecognitionSettingsT>('/api/ambassadors/recognition', b));
