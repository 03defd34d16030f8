import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MyJourneyT, StepTargetsT, TemplateInputT, TemplateT } from '../../../server/modules/onboarding/contract';
import { api } from '../../lib/api';

export type * from '../../../server/modules/onboarding/contract';
export type JourneyListT = {
  items: {
    id: string;
    personName: string;
    department: string | null;
    startOn: string;
    buddyName: string | null;
    done: number;
    total: number;
    overdue: number;
  }[];
};

export const useMyJourney = () =>
  useQuery({ queryKey: ['onboarding', 'mine'], queryFn: () => api.get<MyJourneyT>('/api/me/onboarding'), staleTime: 60_000 });
export const useJourneys = () =>
  useQuery({ queryKey: ['onboarding', 'journeys'], queryFn: () => api.get<JourneyListT>('/api/onboarding/journeys') });

export function useStepDone() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (stepId: string) => api.post<MyJourneyT>(`/api/me/onboarding/steps/${stepId}/done`),
    onSuccess: (data) => qc.setQueryData(['onboarding', 'mine'], data),
  });
}

export const useTemplates = () =>
  useQuery({
    queryKey: ['onboarding', 'templates'],
    queryFn: () => api.get<{ items: TemplateT[] }>('/api/onboarding/templates'),
  });
export const useStepTargets = () =>
  useQuery({
    queryKey: ['onboarding', 'targets'],
    queryFn: () => api.get<StepTargetsT>('/api/onboarding/targets'),
    staleTime: 60_000,
  });

/** Saving or archiving answers the template; the list is fetched again. */
export function useTemplateActions() {
  const qc = useQueryClient();
  const onSuccess = () => qc.invalidateQueries({ queryKey: ['onboarding', 'templates'] });
  return {
    save: useMutation({
      mutationFn: ({ id, body }: { id?: string; body: TemplateInputT }) =>
        id ? api.put<TemplateT>(`/api/onboarding/templates/${id}`, body) : api.post<TemplateT>('/api/onboarding/templates', body),
      onSuccess,
    }),
    setActive: useMutation({
      mutationFn: ({ id, active }: { id: string; active: boolean }) =>
        api.put<TemplateT>(`/api/onboarding/templates/${id}/active`, { active }),
      onSuccess,
    }),
  };
}
