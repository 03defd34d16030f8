import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { actorOf, type Ctx, ofOrg } from '../../platform/ctx';
import { notFound } from '../../platform/errors';
import { can } from '../../platform/permissions';
import { findPeopleById, findProfile, inAudience } from '../people';
import type { NewsItemT } from './contract';
import { type PostRow, pick, ruleOf } from './load';
import { isMedia, mediaUrl } from './media';
import { newsComments, newsPosts, newsReactions, newsReads, reactionKinds } from './schema';

const FEED = 50;

/** Published posts aimed at me, newest first (audience as for surveys: departments, sites, job families). */
export async function visibleNews(ctx: Ctx): Promise<PostRow[]> {
  const actor = actorOf(ctx);
  const profile = await findProfile(ctx, actor.personId);
  if (!profile) return [];
  const rows = await ctx.db
    .select()
    .from(newsPosts)
    .where(ofOrg(ctx, newsPosts, eq(newsPosts.status, 'published')))
    .orderBy(desc(newsPosts.publishedAt))
    .limit(200);
  const out: PostRow[] = [];
  for (const r of rows) if (inAudience(await ruleOf(ctx, r), profile)) out.push(r);
  return out.slice(0, FEED);
}

async function extras(ctx: Ctx, postIds: string[]) {
  const actor = actorOf(ctx);
  if (postIds.length === 0) return { reads: new Map(), reactions: [] as (typeof newsReactions.$inferSelect)[] };
  const [reads, reactions] = await Promise.all([
    ctx.db
      .select()
      .from(newsReads)
      .where(ofOrg(ctx, newsReads, and(eq(newsReads.personId, actor.personId), inArray(newsReads.postId, postIds)))),
    ctx.db
      .select()
      .from(newsReactions)
      .where(ofOrg(ctx, newsReactions, inArray(newsReactions.postId, postIds))),
  ]);
  return { reads: new Map(reads.map((r) => [r.postId, r])), reactions };
}

function itemOf(ctx: Ctx, p: PostRow, ex: Awaited<ReturnType<typeof extras>>, authors: Map<string, { name: string }>) {
  const actor = actorOf(ctx);
  const read = ex.reads.get(p.id);
  const mine = ex.reactions.filter((r) => r.postId === p.id);
  const counts = Object.fromEntries(
    reactionKinds.map((k) => [k, mine.filter((r) => r.kind === k).length]),
  ) as NewsItemT['reactions'];
  return {
    id: p.id,
    kind: p.kind,
    title: pick(actor.locale, p.titleIt, p.titleEn),
    imageUrl: p.imageKey ? mediaUrl(p.imageKey) : null,
    mediaUrl: p.mediaKey ? mediaUrl(p.mediaKey) : null,
    mediaType:
      p.mediaKey && isMedia(p.mediaKey) ? (/\.(m4a|ogg|mp3)$/.test(p.mediaKey) ? ('audio' as const) : ('video' as const)) : null,
    mustRead: p.mustRead,
    dueOn: p.dueOn,
    publishedAt: p.publishedAt?.toISOString() ?? null,
    authorName: p.createdBy ? (authors.get(p.createdBy)?.name ?? null) : null,
    read: !!read,
    acknowledged: !!read?.acknowledgedAt,
    reactions: counts,
    myReactions: mine.filter((r) => r.personId === actor.personId).map((r) => r.kind),
  };
}

/** My internal news, with how many must-reads still wait for my acknowledgement. */
export async function listMyNews({ ctx }: { ctx: Ctx; input?: undefined }) {
  const posts = await visibleNews(ctx);
  const ex = await extras(
    ctx,
    posts.map((p) => p.id),
  );
  const authors = await findPeopleById(ctx, [...new Set(posts.flatMap((p) => (p.createdBy ? [p.createdBy] : [])))]);
  const items = posts.map((p) => itemOf(ctx, p, ex, authors));
  return { items, pendingMustReads: items.filter((i) => i.mustRead && !i.acknowledged).length };
}

/** One post for me (404 if not aimed at me); opening it counts as read. Comments hidden by moderators keep only their reason. */
export async function readNews({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<NewsItemT> {
  const actor = actorOf(ctx);
  const p = (await visibleNews(ctx)).find((x) => x.id === input.id);
  if (!p) throw notFound('post');
  await ctx.db.insert(newsReads).values({ orgId: ctx.orgId, postId: p.id, personId: actor.personId }).onConflictDoNothing();
  const ex = await extras(ctx, [p.id]);
  const comments = await ctx.db
    .select()
    .from(newsComments)
    .where(ofOrg(ctx, newsComments, eq(newsComments.postId, p.id)))
    .orderBy(asc(newsComments.createdAt))
    .limit(500);
  const ids = [...new Set([...(p.createdBy ? [p.createdBy] : []), ...comments.flatMap((c) => (c.personId ? [c.personId] : []))])];
  const names = await findPeopleById(ctx, ids);
  const moderator = can(actor.roles, 'news.write');
  return {
    ...itemOf(ctx, p, ex, names),
    html: pick(actor.locale, p.htmlIt, p.htmlEn),
    comments: comments.map((c) => ({
      id: c.id,
      authorName: c.personId ? (names.get(c.personId)?.name ?? null) : null,
      mine: c.personId === actor.personId,
      body: c.hiddenAt && !moderator ? null : c.body,
      hidden: !!c.hiddenAt,
      hiddenReason: c.hiddenReason,
      createdAt: c.createdAt.toISOString(),
    })),
  };
}

/** "Ho letto e compreso": once per person and must-read post; a second click changes nothing. */
export async function acknowledgeNews({ ctx, input }: { ctx: Ctx; input: { id: string } }) {
  const actor = actorOf(ctx);
  const p = (await visibleNews(ctx)).find((x) => x.id === input.id);
  if (!p?.mustRead) throw notFound('post');
  await ctx.db
    .insert(newsReads)
    .values({ orgId: ctx.orgId, postId: p.id, personId: actor.personId, acknowledgedAt: new Date() })
    .onConflictDoUpdate({
      target: [newsReads.postId, newsReads.personId],
      set: { acknowledgedAt: sql`coalesce(${newsReads.acknowledgedAt}, now())` },
    });
  return { acknowledged: true };
}
