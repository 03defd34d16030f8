import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ApplicationListT,
  FunnelT,
  HrReferralsT,
  JobFieldsT,
  JobListT,
  JobT,
  MyReferralsT,
  OpenJobsT,
  ReferralBodyT,
  ReviewBodyT,
  ReviewListT,
  RewardListT,
  StageT,
} from '../../../server/modules/recruiting/contract';
import { api, qs } from '../../lib/api';

export type * from '../../../server/modules/recruiting/contract';

function useRefresh() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ['recruiting'] });
}

export const useJobs = () =>
  useQuery({ queryKey: ['recruiting', 'jobs'], queryFn: () => api.get<JobListT>('/api/recruiting/jobs') });
export const useJob = (id: string | undefined) =>
  useQuery({ queryKey: ['recruiting', 'job', id], queryFn: () => api.get<JobT>(`/api/recruiting/jobs/${id}`), enabled: !!id });
export const useOpenJobs = () =>
  useQuery({ queryKey: ['recruiting', 'open'], queryFn: () => api.get<OpenJobsT>('/api/recruiting/open-jobs') });
export const useApplications = (jobId: string | null) =>
  useQuery({
    queryKey: ['recruiting', 'applications', jobId],
    queryFn: () => api.get<ApplicationListT>(`/api/recruiting/applications${qs({ jobId })}`),
  });
export const useReviews = (id: string) =>
  useQuery({
    queryKey: ['recruiting', 'reviews', id],
    queryFn: () => api.get<ReviewListT>(`/api/recruiting/applications/${id}/reviews`),
  });
export const useFunnel = (jobId: string | null) =>
  useQuery({
    queryKey: ['recruiting', 'funnel', jobId],
    queryFn: () => api.get<FunnelT>(`/api/recruiting/funnel${qs({ jobId })}`),
  });
export const useMyReferrals = () =>
  useQuery({ queryKey: ['recruiting', 'mine'], queryFn: () => api.get<MyReferralsT>('/api/recruiting/referrals/mine') });
export const useHrReferrals = () =>
  useQuery({ queryKey: ['recruiting', 'referrals'], queryFn: () => api.get<HrReferralsT>('/api/recruiting/referrals') });
export const useRewards = () =>
  useQuery({ queryKey: ['recruiting', 'rewards'], queryFn: () => api.get<RewardListT>('/api/recruiting/rewards') });

export function useJobActions() {
  const onSuccess = useRefresh();
  return {
    save: useMutation({
      mutationFn: ({ id, input }: { id?: string; input: JobFieldsT }) =>
        id ? api.put<JobT>(`/api/recruiting/jobs/${id}`, input) : api.post<JobT>('/api/recruiting/jobs', input),
      onSuccess,
    }),
    status: useMutation({
      mutationFn: ({ id, status }: { id: string; status: JobT['status'] }) =>
        api.post<JobT>(`/api/recruiting/jobs/${id}/status`, { status }),
      onSuccess,
    }),
    promote: useMutation({ mutationFn: (id: string) => api.post<JobT>(`/api/recruiting/jobs/${id}/promote`), onSuccess }),
  };
}

export function usePipelineActions(id: string) {
  const onSuccess = useRefresh();
  return {
    stage: useMutation({
      mutationFn: (stage: StageT) => api.post(`/api/recruiting/applications/${id}/stage`, { stage }),
      onSuccess,
    }),
    shortlist: useMutation({
      mutationFn: (shortlisted: boolean) => api.post(`/api/recruiting/applications/${id}/shortlist`, { shortlisted }),
      onSuccess,
    }),
    review: useMutation({
      mutationFn: (body: ReviewBodyT) => api.post(`/api/recruiting/applications/${id}/reviews`, body),
      onSuccess,
    }),
    outcome: useMutation({
      mutationFn: (outcome: 'hired' | 'rejected' | 'next_round') =>
        api.post(`/api/recruiting/applications/${id}/outcome`, { outcome }),
      onSuccess,
    }),
  };
}

export function useReferralActions() {
  const onSuccess = useRefresh();
  return {
    refer: useMutation({ mutationFn: (body: ReferralBodyT) => api.post('/api/recruiting/referrals', body), onSuccess }),
    approve: useMutation({ mutationFn: (id: string) => api.post(`/api/recruiting/rewards/${id}/approve`), onSuccess }),
  };
}
