import sharp, { type Sharp } from 'sharp';

export type ReencodedImage = { bytes: Uint8Array; width: number; height: number };

/** Why sharp would not make an image: over the pixel limit (refused from the header), or not decodable at all. */
export class ImageRefused extends Error {
  constructor(readonly reason: 'pixels' | 'unreadable') {
    super(reason);
  }
}

/**
 * Decodes and re-encodes an uploaded image, so what is stored and served is an image we made: whatever else the file
 * carried (a script in a polyglot, EXIF with GPS, comments) is not copied, since sharp writes no metadata unless asked.
 * `rotate()` applies the EXIF orientation to the pixels first, so dropping the tag does not turn the photo sideways;
 * `limitInputPixels` makes libvips refuse a huge image from its header, before allocating anything. `encode` chooses
 * the output format (and anything format-specific, such as a background for JPEG).
 */
export async function reencodeImage(
  input: Uint8Array,
  opts: { maxPixels: number; longSide: number; failOn?: 'error' | 'warning'; encode: (image: Sharp) => Sharp },
): Promise<ReencodedImage> {
  try {
    const image = sharp(input, { limitInputPixels: opts.maxPixels, failOn: opts.failOn ?? 'warning', sequentialRead: true })
      .rotate()
      .resize({ width: opts.longSide, height: opts.longSide, fit: 'inside', withoutEnlargement: true });
    const { data, info } = await opts.encode(image).toBuffer({ resolveWithObject: true });
    return { bytes: new Uint8Array(data), width: info.width, height: info.height };
  } catch (e) {
    throw new ImageRefused(e instanceof Error && /pixel limit/i.test(e.message) ? 'pixels' : 'unreadable');
  }
}
