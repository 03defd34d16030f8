import { and, eq } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { photoStorageKey } from './photos/photo-store';
import { stories, storyPhotos } from './schema';

/**
 * A photo of an approved story of the event, for the event's public gallery; null for any other key (a pending,
 * declined or other event's story, another organisation's photo), so the gallery never serves what was not approved.
 */
export async function approvedEventPhoto(ctx: Ctx, eventId: string, key: string) {
  const [row] = await ctx.db
    .select({ id: storyPhotos.id })
    .from(storyPhotos)
    .innerJoin(stories, and(eq(stories.id, storyPhotos.storyId), eq(stories.orgId, ctx.orgId)))
    .where(ofOrg(ctx, storyPhotos, eq(storyPhotos.key, key), eq(stories.eventId, eventId), eq(stories.status, 'approved')));
  if (!row) return null;
  return ctx.platform.storage.get(photoStorageKey(ctx.orgId, key));
}
