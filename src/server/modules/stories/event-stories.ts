import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { findPeopleById } from '../people';
import { photoUrl } from './photos/photo-store';
import { stories, storyPhotos } from './schema';

export type EventStory = {
  id: string;
  authorName: string;
  body: string;
  photoUrls: string[];
  /** Storage names of the photos, for the event's public gallery (which serves them under its own address). */
  photoKeys: string[];
  postId: string | null;
};

/** The approved stories of an event, newest first: the events module's gallery. */
export async function listEventStories({ ctx, eventId }: { ctx: Ctx; eventId: string }): Promise<EventStory[]> {
  const rows = await ctx.db
    .select()
    .from(stories)
    .where(ofOrg(ctx, stories, and(eq(stories.eventId, eventId), eq(stories.status, 'approved'))))
    .orderBy(desc(stories.decidedAt))
    .limit(200);
  if (rows.length === 0) return [];
  const photos = await ctx.db
    .select({ storyId: storyPhotos.storyId, key: storyPhotos.key })
    .from(storyPhotos)
    .where(
      ofOrg(
        ctx,
        storyPhotos,
        inArray(
          storyPhotos.storyId,
          rows.map((r) => r.id),
        ),
      ),
    )
    .orderBy(asc(storyPhotos.position));
  const names = await findPeopleById(
    ctx,
    rows.map((r) => r.authorId),
  );
  return rows.map((r) => ({
    id: r.id,
    authorName: names.get(r.authorId)?.name ?? '',
    body: r.body,
    photoUrls: photos.filter((p) => p.storyId === r.id).map((p) => photoUrl(p.key)),
    photoKeys: photos.filter((p) => p.storyId === r.id).map((p) => p.key),
    postId: r.postId,
  }));
}
