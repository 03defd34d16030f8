import crypto from 'node:crypto';
import { type Ctx, requirePermission } from '../../../platform/ctx';
import { AppError, notFound } from '../../../platform/errors';
import { sniffImage } from '../../../platform/images/sniff';
import type { Storage } from '../../../platform/storage';
import { imageUrlOf } from '../get-post';

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

/** The kinds stored as uploaded (browsers show them everywhere), with their file extension and type. */
const stored: Record<string, { ext: string; type: string } | undefined> = {
  png: { ext: 'png', type: 'image/png' },
  jpeg: { ext: 'jpg', type: 'image/jpeg' },
  webp: { ext: 'webp', type: 'image/webp' },
};

/** Storage keys are namespaced by organisation: a key from another organisation simply is not found. */
const storageKey = (orgId: string, key: string) => `orgs/${orgId}/posts/${key}`;

/** Stores a PNG, JPEG or WebP image (checked by its bytes) of at most 5 MB. */
export async function uploadPostImage({ ctx, input }: { ctx: Ctx; input: { file: unknown } }) {
  requirePermission(ctx, 'content.write');
  if (!(input.file instanceof File)) throw new AppError('content.image_missing', 400);
  if (input.file.size > MAX_IMAGE_BYTES) throw new AppError('content.image_too_large', 413, { max: 5 });
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  const kind = stored[sniffImage(bytes) ?? 'none'];
  if (!kind) throw new AppError('content.image_type', 422);
  const key = `${crypto.randomUUID()}.${kind.ext}`;
  await ctx.platform.storage.put(storageKey(ctx.orgId, key), bytes, kind.type);
  return { key, url: imageUrlOf(key) ?? '' };
}

/** An image of the caller's organisation (members only; feeds show them). */
export async function getPostImage({ ctx, input }: { ctx: Ctx; input: { key: string } }) {
  const found = await ctx.platform.storage.get(storageKey(ctx.orgId, input.key));
  if (!found) throw notFound('image');
  return found;
}

/**
 * A post's image for the public card of one of its tracked links (no signed-in context: the organisation comes from
 * the link row), so only content knows how its images are keyed.
 */
export function readPostImage(storage: Storage, input: { orgId: string; key: string }) {
  return storage.get(storageKey(input.orgId, input.key));
}
