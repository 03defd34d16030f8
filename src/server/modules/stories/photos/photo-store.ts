import crypto from 'node:crypto';
import { eq, isNull, or } from 'drizzle-orm';
import { actorOf, type Ctx, ofOrg } from '../../../platform/ctx';
import { AppError, notFound } from '../../../platform/errors';
import { can } from '../../../platform/permissions';
import { stories, storyPhotos } from '../schema';
import { maySubmit } from '../settings';
import { makeSafePhoto } from './make-safe';

/** Storage keys are namespaced by organisation: a key of another organisation is simply not found. */
export const photoStorageKey = (orgId: string, key: string) => `orgs/${orgId}/stories/${key}`;
export const photoUrl = (key: string) => `/api/stories/photos/${encodeURIComponent(key)}`;

/** Makes the upload safe (see make-safe.ts) and stores it; it belongs to nobody's story until a submission names it. */
export async function uploadStoryPhoto({ ctx, input }: { ctx: Ctx; input: { file: unknown } }) {
  const me = actorOf(ctx);
  if (!(await maySubmit(ctx, me.personId))) throw new AppError('stories.not_allowed', 403);
  if (!(input.file instanceof File)) throw new AppError('stories.photo_missing', 400);
  // The size is known before reading: a 15 MB+ body is refused without decoding anything.
  if (input.file.size === 0) throw new AppError('stories.photo_empty', 400);
  if (input.file.size > 15 * 1024 * 1024) throw new AppError('stories.photo_too_large', 413, { max: 15 });
  const safe = await makeSafePhoto(new Uint8Array(await input.file.arrayBuffer()));
  const key = `${crypto.randomUUID()}.jpg`;
  await ctx.platform.storage.put(photoStorageKey(ctx.orgId, key), safe.bytes, 'image/jpeg');
  await ctx.db.insert(storyPhotos).values({
    orgId: ctx.orgId,
    uploaderId: me.personId,
    key,
    width: safe.width,
    height: safe.height,
    bytes: safe.bytes.byteLength,
  });
  return { key, url: photoUrl(key), width: safe.width, height: safe.height };
}

/**
 * A story photo of the caller's organisation. Not yet in a story: only its uploader. In a story: its author and
 * moderators while it waits, every member once approved (the post shows it in the feed).
 */
export async function getStoryPhoto({ ctx, input }: { ctx: Ctx; input: { key: string } }) {
  const me = actorOf(ctx);
  const [row] = await ctx.db
    .select({ uploaderId: storyPhotos.uploaderId, status: stories.status })
    .from(storyPhotos)
    .leftJoin(stories, eq(stories.id, storyPhotos.storyId))
    .where(ofOrg(ctx, storyPhotos, eq(storyPhotos.key, input.key)));
  if (!row) throw notFound('photo');
  const mayModerate = can(me.roles, 'content.approve');
  const open = row.uploaderId === me.personId || row.status === 'approved' || (row.status !== null && mayModerate);
  if (!open) throw notFound('photo');
  const found = await ctx.platform.storage.get(photoStorageKey(ctx.orgId, input.key));
  if (!found) throw notFound('photo');
  return found;
}

/** Checks that every key is a photo this person uploaded, free or already in this story; returns them in order. */
export async function ownPhotos(ctx: Ctx, personId: string, keys: string[], storyId: string | null) {
  if (keys.length === 0) return [];
  const rows = await ctx.db
    .select({ key: storyPhotos.key })
    .from(storyPhotos)
    .where(
      ofOrg(
        ctx,
        storyPhotos,
        eq(storyPhotos.uploaderId, personId),
        storyId ? or(isNull(storyPhotos.storyId), eq(storyPhotos.storyId, storyId)) : isNull(storyPhotos.storyId),
      ),
    );
  const mine = new Set(rows.map((r) => r.key));
  if (!keys.every((k) => mine.has(k)) || new Set(keys).size !== keys.length) throw new AppError('stories.photo_unknown', 422);
  return keys;
}
