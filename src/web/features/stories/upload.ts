import { useMutation } from '@tanstack/react-query';
import { ApiError, type ApiErrorBody } from '../../lib/api';
import i18n from '../../lib/i18n';
import { resizeForUpload } from './resize';

export type UploadedPhoto = { key: string; url: string; width: number; height: number };

/** Resizes in the browser, then sends the photo as multipart (the shared JSON client does not send forms). */
export function usePhotoUpload() {
  return useMutation({
    mutationFn: async (file: File) => {
      const form = new FormData();
      form.set('file', await resizeForUpload(file), file.name.replace(/\.\w+$/, '.jpg'));
      const res = await fetch('/api/stories/photos', {
        method: 'POST',
        body: form,
        credentials: 'same-origin',
        headers: { 'accept-language': i18n.language },
      }).catch(() => {
        throw new ApiError(0, 'network', i18n.t('common:errors.network'));
      });
      const data = (await res.json().catch(() => ({}))) as Partial<ApiErrorBody> & Partial<UploadedPhoto>;
      if (!res.ok)
        throw new ApiError(res.status, data.error?.code ?? 'internal', data.error?.message ?? i18n.t('common:errors.generic'));
      return data as UploadedPhoto;
    },
  });
}
