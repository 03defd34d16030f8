import { AppError } from '../../platform/errors';

/** Destination links are http/https only: anything else (javascript:, data:, file:) would reach employees' networks. */
export function checkUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AppError('content.invalid_url', 400);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname || url.username || url.password)
    throw new AppError('content.invalid_url', 400);
  return url.toString();
}

/** Optional preview image address given by hand or by the preview: http/https or nothing. */
export function checkImageUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.toString();
  } catch {
    // fall through
  }
  throw new AppError('content.invalid_image_url', 400);
}

export function toDate(iso: string | null | undefined): Date | null {
  return iso ? new Date(iso) : null;
}

/** A post expires after it is published: both given, expiry must come later. */
export function checkWindow(publishAt: Date | null, expireAt: Date | null): void {
  if (publishAt && expireAt && expireAt <= publishAt) throw new AppError('content.expire_before_publish', 400);
}
