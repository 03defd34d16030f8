import { asc, eq, inArray } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { notFound } from '../../platform/errors';
import { findPeopleById } from '../people';
import type { StoryT } from './contract';
import { photoUrl } from './photos/photo-store';
import { reachOfPosts } from './reach';
import { stories, storyModeration, storyPhotos, storyTags } from './schema';

export type StoryRow = typeof stories.$inferSelect;
const iso = (d: Date | null) => d?.toISOString() ?? null;

/** The full view of story rows (photos, tags, history, reach), in the rows' order, with few queries. */
export async function storyViews(ctx: Ctx, rows: StoryRow[]): Promise<StoryT[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [photos, tags, steps] = await Promise.all([
    ctx.db
      .select()
      .from(storyPhotos)
      .where(ofOrg(ctx, storyPhotos, inArray(storyPhotos.storyId, ids)))
      .orderBy(asc(storyPhotos.position)),
    ctx.db
      .select()
      .from(storyTags)
      .where(ofOrg(ctx, storyTags, inArray(storyTags.storyId, ids))),
    ctx.db
      .select()
      .from(storyModeration)
      .where(ofOrg(ctx, storyModeration, inArray(storyModeration.storyId, ids)))
      .orderBy(asc(storyModeration.createdAt)),
  ]);
  const personIds = new Set([...rows.map((r) => r.authorId), ...tags.map((t) => t.personId)]);
  for (const s of steps) if (s.actorId) personIds.add(s.actorId);
  const names = await findPeopleById(ctx, [...personIds]);
  const nameOf = (id: string | null) => (id ? (names.get(id)?.name ?? '') : null);
  const reach = await reachOfPosts(
    ctx,
    rows.flatMap((r) => (r.postId ? [r.postId] : [])),
  );
  return rows.map((r) => ({
    id: r.id,
    author: { id: r.authorId, name: nameOf(r.authorId) ?? '' },
    locale: r.locale,
    body: r.body,
    link: r.link,
    eventId: r.eventId,
    status: r.status,
    moderatorNote: r.moderatorNote,
    photos: photos
      .filter((p) => p.storyId === r.id)
      .map((p) => ({ key: p.key, url: photoUrl(p.key), width: p.width, height: p.height })),
    tags: tags
      .filter((t) => t.storyId === r.id)
      .map((t) => ({ id: t.personId, name: nameOf(t.personId) ?? '', declined: t.declined })),
    postId: r.postId,
    submittedAt: r.submittedAt.toISOString(),
    decidedAt: iso(r.decidedAt),
    history: steps
      .filter((s) => s.storyId === r.id)
      .map((s) => ({ action: s.action, note: s.note, by: nameOf(s.actorId), at: s.createdAt.toISOString() })),
    reach: (r.postId && reach.get(r.postId)) || { shares: 0, clicks: 0 },
  }));
}

/** One story row of the organisation, or not_found. */
export async function storyRow(ctx: Ctx, id: string): Promise<StoryRow> {
  const [row] = await ctx.db
    .select()
    .from(stories)
    .where(ofOrg(ctx, stories, eq(stories.id, id)));
  if (!row) throw notFound('story');
  return row;
}
