import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CandidateInterviewT,
  HrInterviewT,
  QuestionFieldsT,
  QuestionT,
  ShortlistT,
} from '../../../server/modules/recruiting/interview-contract';
import { api } from '../../lib/api';
import { uploadResumable } from './resumable-upload';

export type { CandidateInterviewT, HrInterviewT, QuestionFieldsT, QuestionT, ShortlistT };

function useRefresh() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ['recruiting'] });
}

export const useQuestions = (jobId: string) =>
  useQuery({
    queryKey: ['recruiting', 'questions', jobId],
    queryFn: () => api.get<{ questions: QuestionT[] }>(`/api/recruiting/jobs/${jobId}/questions`),
  });
export const useShortlist = (jobId: string) =>
  useQuery({
    queryKey: ['recruiting', 'shortlist', jobId],
    queryFn: () => api.get<ShortlistT>(`/api/recruiting/jobs/${jobId}/shortlist`),
  });
export const useHrInterview = (applicationId: string) =>
  useQuery({
    queryKey: ['recruiting', 'interview', applicationId],
    queryFn: () => api.get<HrInterviewT>(`/api/recruiting/applications/${applicationId}/interview`),
  });

export function useQuestionActions(jobId: string) {
  const onSuccess = useRefresh();
  return {
    add: useMutation({
      mutationFn: (q: QuestionFieldsT) => api.post<QuestionT>(`/api/recruiting/jobs/${jobId}/questions`, q),
      onSuccess,
    }),
    remove: useMutation({ mutationFn: (id: string) => api.delete(`/api/recruiting/questions/${id}`), onSuccess }),
    order: useMutation({
      mutationFn: (ids: string[]) => api.put(`/api/recruiting/jobs/${jobId}/questions/order`, { ids }),
      onSuccess,
    }),
    record: useMutation({
      mutationFn: async ({ id, blob }: { id: string; blob: Blob }) => {
        const base = `/api/recruiting/questions/${id}/uploads`;
        const uploadId = await uploadResumable(blob, {
          start: () => api.post<{ id: string }>(base, { size: blob.size, contentType: blob.type || 'audio/webm' }),
          at: (u) => `${base}/${u}`,
        });
        return api.put<QuestionT>(`/api/recruiting/questions/${id}/recording`, { uploadId });
      },
      onSuccess,
    }),
    unrecord: useMutation({ mutationFn: (id: string) => api.delete(`/api/recruiting/questions/${id}/recording`), onSuccess }),
  };
}

export function useSendInterview(applicationId: string) {
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: (deadline: string) => api.post(`/api/recruiting/applications/${applicationId}/interview`, { deadline }),
    onSuccess,
  });
}

/** The candidate's side: JSON under their status path (their session cookie is scoped to it). */
export const candidateBase = (slug: string) => `/careers/${encodeURIComponent(slug)}/status/interview`;

export const useCandidateInterview = (slug: string) =>
  useQuery({
    queryKey: ['interview', slug],
    queryFn: () => api.get<CandidateInterviewT>(candidateBase(slug)),
    retry: false,
  });

export function useCandidateActions(slug: string) {
  const qc = useQueryClient();
  const onSuccess = () => qc.invalidateQueries({ queryKey: ['interview', slug] });
  const base = candidateBase(slug);
  return {
    take: useMutation({
      mutationFn: async ({
        questionId,
        blob,
        onProgress,
      }: {
        questionId: string;
        blob: Blob;
        onProgress?: (n: number) => void;
      }) => {
        const uploadId = await uploadResumable(
          blob,
          {
            start: () =>
              api.post<{ id: string }>(`${base}/uploads`, {
                questionId,
                size: blob.size,
                contentType: blob.type || 'video/webm',
              }),
            at: (u) => `${base}/uploads/${u}`,
          },
          onProgress,
        );
        return api.post<{ id: string; number: number }>(`${base}/uploads/${uploadId}/finish`);
      },
      onSuccess,
    }),
    choose: useMutation({
      mutationFn: ({ questionId, ...body }: { questionId: string } & ({ takeId: string } | { text: string })) =>
        api.post(`${base}/answers/${questionId}`, body),
      onSuccess,
    }),
    submit: useMutation({ mutationFn: () => api.post(`${base}/submit`), onSuccess }),
  };
}
