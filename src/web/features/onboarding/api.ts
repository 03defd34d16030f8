import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MyJourneyT } from '../../../server/modules/onboarding/contract';
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
