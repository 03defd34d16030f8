import { asc, eq } from 'drizzle-orm';
import { type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import { notFound } from '../../platform/errors';
import type { PostT } from './contract';
import { personNames } from './person-names';
import { languagesOf, titleOf, versionOf } from './post-texts';
import { restorableUntil } from './restore-post';
import { postCaptions, posts, postTargets } from './schema';

export type PostRow = typeof posts.$inferSelect;

export const imageUrlOf = (key: string | null) => (key ? `/api/posts/images/${encodeURIComponent(key)}` : null);
const iso = (d: Date | null) => d?.toISOString() ?? null;

function textOf(row: PostRow, locale: 'it' | 'en') {
  const v = versionOf(row, locale);
  return v && { title: v.title, body: v.body, previewTitle: v.previewTitle, previewDescription: v.previewDescription };
}

/** The post row of this organisation, or not_found. */
export async function findPost(ctx: Ctx, id: string): Promise<PostRow> {
  const [row] = await ctx.db
    .select()
    .from(posts)
    .where(ofOrg(ctx, posts, eq(posts.id, id)));
  if (!row) throw notFound('post');
  return row;
}

/** One post as the editor sees it: fields, captions in order, targeting. */
export async function getPost({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<PostT> {
  requirePermission(ctx, 'content.write');
  const row = await findPost(ctx, input.id);
  const captions = await ctx.db
    .select()
    .from(postCaptions)
    .where(ofOrg(ctx, postCaptions, eq(postCaptions.postId, row.id)))
    .orderBy(asc(postCaptions.position));
  const targets = await ctx.db
    .select()
    .from(postTargets)
    .where(ofOrg(ctx, postTargets, eq(postTargets.postId, row.id)));
  const personIds = targets.filter((t) => t.kind === 'person').map((t) => t.value);
  const names = await personNames(ctx, [...personIds, ...(row.createdBy ? [row.createdBy] : [])]);
  const values = (kind: string) => targets.filter((t) => t.kind === kind).map((t) => t.value);
  return {
    id: row.id,
    title: titleOf(row, ctx.locale),
    texts: { it: textOf(row, 'it'), en: textOf(row, 'en') },
    languages: languagesOf(row),
    url: row.url,
    imageKey: row.imageKey,
    imageUrl: imageUrlOf(row.imageKey),
    previewImageUrl: row.previewImageUrl,
    topics: row.topics,
    language: row.language,
    status: row.status,
    publishAt: iso(row.publishAt),
    expireAt: iso(row.expireAt),
    publishedAt: iso(row.publishedAt),
    reviewComment: row.reviewComment,
    restorableUntil: iso(restorableUntil(row)),
    campaign: row.campaign,
    createdBy: row.createdBy,
    createdByName: row.createdBy ? (names.get(row.createdBy) ?? null) : null,
    approvedBy: row.approvedBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    captions: captions.map((c) => ({ id: c.id, locale: c.locale, network: c.network, text: c.text, position: c.position })),
    targeting: { all: row.targetAll, departments: values('department'), sites: values('site'), personIds },
    targetPeople: personIds.map((id) => ({ id, name: names.get(id) ?? '' })),
  };
}
