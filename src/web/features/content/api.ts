import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LinkPreviewT, PostInputT, PostListT, PostT } from '../../../server/modules/content/contract';
import type { PostStatus } from '../../../server/modules/content/schema';
import { ApiError, type ApiErrorBody, api, qs } from '../../lib/api';
import i18n from '../../lib/i18n';
import { notifyArchived } from './archive-undo';

export type { LinkPreviewT, PostInputT, PostListT, PostT } from '../../../server/modules/content/contract';
export type { PostStatus } from '../../../server/modules/content/schema';

export function usePosts(params: { status?: PostStatus; q?: string; page: number }) {
  return useQuery({
    queryKey: ['posts', params],
    queryFn: () => api.get<PostListT>(`/api/posts${qs(params)}`),
    placeholderData: (prev) => prev,
  });
}

export function usePost(id: string | undefined) {
  return useQuery({ queryKey: ['post', id], queryFn: () => api.get<PostT>(`/api/posts/${id}`), enabled: !!id });
}

/** Saves (create or patch) and runs workflow steps; every success refreshes lists and the post. */
export function usePostActions() {
  const qc = useQueryClient();
  const done = (post: PostT) => {
    qc.setQueryData(['post', post.id], post);
    void qc.invalidateQueries({ queryKey: ['posts'] });
  };
  return {
    save: useMutation({
      mutationFn: ({ id, body }: { id?: string; body: PostInputT }) =>
        id ? api.patch<PostT>(`/api/posts/${id}`, body) : api.post<PostT>('/api/posts', body),
      onSuccess: done,
    }),
    step: useMutation({
      mutationFn: ({
        id,
        action,
        comment,
        confirmNoAudience,
      }: {
        id: string;
        action: 'submit' | 'approve' | 'send-back' | 'archive' | 'restore';
        comment?: string;
        /** Publish even though the post reaches nobody (asked after content.no_audience). */
        confirmNoAudience?: boolean;
      }) =>
        action === 'archive'
          ? api.delete<PostT>(`/api/posts/${id}`)
          : api.post<PostT>(
              `/api/posts/${id}/${action}`,
              comment ? { comment } : confirmNoAudience ? { confirmNoAudience: true } : {},
            ),
      onSuccess: (post, { action }) => {
        done(post);
        // An archive can be undone for a while: the notice carries the button.
        if (action === 'archive') notifyArchived(() => api.post<PostT>(`/api/posts/${post.id}/restore`).then(done));
      },
    }),
  };
}

export function useLinkPreview() {
  return useMutation({ mutationFn: (url: string) => api.post<LinkPreviewT>('/api/posts/preview', { url }) });
}

/** Multipart upload: the shared JSON client does not send forms. */
export function useImageUpload() {
  return useMutation({
    mutationFn: async (file: File) => {
      const form = new FormData();
      form.set('file', file);
      const res = await fetch('/api/posts/images', {
        method: 'POST',
        body: form,
        credentials: 'same-origin',
        headers: { 'accept-language': i18n.language },
      }).catch(() => {
        throw new ApiError(0, 'network', i18n.t('common:errors.network'));
      });
      const data = (await res.json().catch(() => ({}))) as Partial<ApiErrorBody> & { key?: string; url?: string };
      if (!res.ok)
        throw new ApiError(res.status, data.error?.code ?? 'internal', data.error?.message ?? i18n.t('common:errors.generic'));
      return data as { key: string; url: string };
    },
  });
}

export function useFacets() {
  return useQuery({
    queryKey: ['people-facets'],
    queryFn: () => api.get<{ departments: string[]; sites: string[] }>('/api/people/facets'),
    retry: false,
    staleTime: 300_000,
  });
}

export function useApprovalRequired() {
  return useQuery({
    queryKey: ['org-settings'],
    queryFn: () => api.get<{ approvalRequired: boolean }>('/api/organisation/settings'),
    select: (s) => s.approvalRequired,
  });
}
