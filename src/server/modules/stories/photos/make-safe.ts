import sharp from 'sharp';
import { AppError } from '../../../platform/errors';
import { sniffPhoto } from './sniff';

/** Phones resize before upload; 15 MB still lets a full-size photo through when the browser could not. */
export const MAX_PHOTO_BYTES = 15 * 1024 * 1024;
/** 40 megapixels: any phone camera; a decompression bomb (20,000 × 20,000) is refused from its header. */
export const MAX_PHOTO_PIXELS = 40_000_000;
/** Long side of the stored image: sharp on a phone screen and in a share card, small on disk. */
export const STORED_LONG_SIDE = 2048;

export type SafePhoto = { bytes: Uint8Array; width: number; height: number };

/**
 * Decodes and re-encodes the photo as a fresh JPEG: whatever else the file carried (a script in a polyglot, EXIF with
 * GPS, comments, colour profiles) is not copied, since sharp writes no metadata unless asked. `rotate()` applies the
 * EXIF orientation to the pixels first, so dropping the tag does not turn the photo sideways. `limitInputPixels` makes
 * libvips refuse a huge image from its header, before allocating anything.
 */
export async function makeSafePhoto(input: Uint8Array): Promise<SafePhoto> {
  if (input.byteLength === 0) throw new AppError('stories.photo_empty', 400);
  if (input.byteLength > MAX_PHOTO_BYTES) throw new AppError('stories.photo_too_large', 413, { max: 15 });
  const kind = sniffPhoto(input);
  if (kind === 'svg') throw new AppError('stories.photo_svg', 422);
  if (!kind) throw new AppError('stories.photo_type', 422);
  try {
    const { data, info } = await sharp(input, { limitInputPixels: MAX_PHOTO_PIXELS, failOn: 'error', sequentialRead: true })
      .rotate()
      .resize({ width: STORED_LONG_SIDE, height: STORED_LONG_SIDE, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    return { bytes: new Uint8Array(data), width: info.width, height: info.height };
  } catch (e) {
    const message = e instanceof Error ? e.message : '';
    if (/pixel limit/i.test(message)) throw new AppError('stories.photo_too_many_pixels', 413, { max: 40 });
    // This sharp build decodes HEIF only as AVIF; an iPhone's HEVC photo lands here (the phone form sends JPEG anyway).
    if (kind === 'heic') throw new AppError('stories.photo_heic', 422);
    throw new AppError('stories.photo_unreadable', 422);
  }
}
