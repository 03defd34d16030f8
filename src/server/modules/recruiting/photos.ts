import crypto from 'node:crypto';
import { type Ctx, requirePermission } from '../../platform/ctx';
import { AppError } from '../../platform/errors';
import { reencodeImage } from '../../platform/images/reencode';
import type { Storage } from '../../platform/storage';

const MAX_PHOTO_BYTES = 8 * 1024 * 1024;
const key = (orgId: string, name: string) => `orgs/${orgId}/recruiting/photos/${name}`;

/**
 * A job card photo, re-encoded (platform/images/reencode.ts: pixel limit, EXIF/GPS dropped; here at most 1600 px,
 * WebP), so the public careers page serves an image we made, never the uploaded bytes. Anything sharp cannot decode is
 * refused.
 */
export async function uploadJobPhoto({ ctx, input }: { ctx: Ctx; input: { file: unknown } }) {
  requirePermission(ctx, 'recruiting.manage');
  if (!(input.file instanceof File)) throw new AppError('recruiting.file_missing', 400);
  if (input.file.size > MAX_PHOTO_BYTES) throw new AppError('recruiting.file_too_large', 413, { max: 8 });
  let out: Uint8Array;
  try {
    const image = await reencodeImage(new Uint8Array(await input.file.arrayBuffer()), {
      maxPixels: 40_000_000,
      longSide: 1600,
      encode: (i) => i.webp({ quality: 80 }),
    });
    out = image.bytes;
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
