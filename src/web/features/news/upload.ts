import { useMutation } from '@tanstack/react-query';
import { ApiError, type ApiErrorBody } from '../../lib/api';
import i18n from '../../lib/i18n';

export type Uploaded = { key: string; url: string; kind: 'image' | 'media'; contentType: string };

/**
 * Multipart upload of an image, video or audio file (the shared JSON client does not send forms). `url`: another
 * route storing into the same news media (a Q&A leader's answer: /api/qa/{id}/media).
 */
export function useNewsUpload(url = '/api/news/media') {
  return useMutation({
    mutationFn: async (file: Blob) => {
      const form = new FormData();
      form.set('file', file, file instanceof File ? file.name : 'message.webm');
      const res = await fetch(url, {
        method: 'POST',
        body: form,
        credentials: 'same-origin',
        headers: { 'accept-language': i18n.language },
      }).catch(() => {
        throw new ApiError(0, 'network', i18n.t('common:errors.network'));
      });
      const data = (await res.json().catch(() => ({}))) as Partial<ApiErrorBody> & Partial<Uploaded>;
      if (!res.ok)
        throw new ApiError(res.status, data.error?.code ?? 'internal', data.error?.message ?? i18n.t('common:errors.generic'));
      return data as Uploaded;
    },
  });
}
