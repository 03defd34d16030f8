import crypto from 'node:crypto';
import sharp from 'sharp';
import { type Ctx, requirePermission } from '../../platform/ctx';
import { AppError } from '../../platform/errors';
import type { Storage } from '../../platform/storage';

const MAX_PHOTO_BYTES = 8 * 1024 * 1024;
const key = (orgId: string, name: string) => `orgs/${orgId}/recruiting/photos/${name}`;

/**
 * A job card photo: decoded and re-encoded by sharp (pixel limit, EXIF/GPS dropped, at most 1600 px, WebP), so what
 * the public careers page serves is an image we made, never the uploaded bytes. Anything sharp cannot decode is refused.
 */
export async function uploadJobPhoto({ ctx, input }: { ctx: Ctx; input: { file: unknown } }) {
  requirePermission(ctx, 'recruiting.manage');
  if (!(input.file instanceof File)) throw new AppError('recruiting.file_missing', 400);
  if (input.file.size > MAX_PHOTO_BYTES) throw new AppError('recruiting.file_too_large', 413, { max: 8 });
  let out: Buffer;
  try {
    out = await sharp(Buffer.from(await input.file.arrayBuffer()), { limitInputPixels: 40_000_000 })
      .rotate()
      .resize(1600, 1600, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer();
  } catch {
    throw new AppError('recruiting.photo_type', 422);
  }
  const name = `${crypto.randomUUID()}.webp`;
  await ctx.platform.storage.put(key(ctx.orgId, name), out, 'image/webp');
  return { key: name };
}

/** Photos are public once on a job card (random names, no listing); anything else of the organisation is not here. */
export const readJobPhoto = (storage: Storage, orgId: string, name: string) =>
  /^[0-9a-f-]{36}\.webp$/.test(name) ? storage.get(key(orgId, name)) : Promise.resolve(null);

export async function assertOwnPhotos(ctx: Ctx, names: string[]): Promise<void> {
  for (const n of names)
    if (!(await readJobPhoto(ctx.platform.storage, ctx.orgId, n))) throw new AppError('recruiting.file_missing', 422);
}
