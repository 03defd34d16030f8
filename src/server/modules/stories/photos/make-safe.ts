import { AppError } from '../../../platform/errors';
import { ImageRefused, reencodeImage } from '../../../platform/images/reencode';
import { sniffImage } from '../../../platform/images/sniff';

/** Phones resize before upload; 15 MB still lets a full-size photo through when the browser could not. */
export const MAX_PHOTO_BYTES = 15 * 1024 * 1024;
/** 40 megapixels: any phone camera; a decompression bomb (20,000 × 20,000) is refused from its header. */
export const MAX_PHOTO_PIXELS = 40_000_000;
/** Long side of the stored image: sharp on a phone screen and in a share card, small on disk. */
export const STORED_LONG_SIDE = 2048;

export type SafePhoto = { bytes: Uint8Array; width: number; height: number };

/** A story photo, checked by its bytes and re-encoded as a fresh JPEG (platform/images/reencode.ts). */
export async function makeSafePhoto(input: Uint8Array): Promise<SafePhoto> {
  if (input.byteLength === 0) throw new AppError('stories.photo_empty', 400);
  if (input.byteLength > MAX_PHOTO_BYTES) throw new AppError('stories.photo_too_large', 413, { max: 15 });
  const kind = sniffImage(input);
  if (kind === 'svg') throw new AppError('stories.photo_svg', 422);
  if (!kind) throw new AppError('stories.photo_type', 422);
  try {
    return await reencodeImage(input, {
      maxPixels: MAX_PHOTO_PIXELS,
      longSide: STORED_LONG_SIDE,
      failOn: 'error',
      encode: (image) => image.flatten({ background: '#ffffff' }).jpeg({ quality: 82, mozjpeg: true }),
    });
  } catch (e) {
    if (e instanceof ImageRefused && e.reason === 'pixels') throw new AppError('stories.photo_too_many_pixels', 413, { max: 40 });
    // This sharp build decodes HEIF only as AVIF; an iPhone's HEVC photo lands here (the phone form sends JPEG anyway).
    if (kind === 'heic') throw new AppError('stories.photo_heic', 422);
    throw new AppError('stories.photo_unreadable', 422);
  }
}
