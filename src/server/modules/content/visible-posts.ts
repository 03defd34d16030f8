import { and, desc, eq, gt, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { notFound } from '../../platform/errors';
import { posts, postTargets } from './schema';

/** Who a post can be aimed at: the person's id, department, site and language. */
export type Audience = { personId: string; department: string | null; site: string | null; locale: string };

/** A published, unexpired post in the person's language whose targeting includes them (any matching target row). */
export function visibleTo(ctx: Pick<Ctx, 'orgId'>, who: Audience): SQL {
  const targeted = sql`exists (select 1 from ${postTargets} where ${postTargets.postId} = ${posts.id} and (
      (${postTargets.kind} = 'department' and ${postTargets.value} = ${who.department ?? ''})
      or (${postTargets.kind} = 'site' and ${postTargets.value} = ${who.site ?? ''})
      or (${postTargets.kind} = 'person' and ${postTargets.value} = ${who.personId})))`;
  return ofOrg(
    ctx,
    posts,
    eq(posts.status, 'published'),
    or(isNull(posts.expireAt), gt(posts.expireAt, sql`now()`)),
    or(eq(posts.language, 'all'), eq(posts.language, who.locale === 'en' ? 'en' : 'it')),
    or(eq(posts.targetAll, true), targeted),
  );
}

/** Published posts aimed at the person, newest first; `before` pages by publishedAt. */
export async function listVisiblePosts({ ctx, input }: { ctx: Ctx; input: Audience & { limit: number; before?: Date } }) {
  return ctx.db
    .select()
    .from(posts)
    .where(and(visibleTo(ctx, input), input.before ? lt(posts.publishedAt, input.before) : undefined))
    .orderBy(desc(posts.publishedAt), desc(posts.id))
    .limit(input.limit);
}

/** One post if it is aimed at the person; otherwise not_found (never reveals other posts). */
export async function getVisiblePost({ ctx, input }: { ctx: Ctx; input: Audience & { postId: string } }) {
  const [post] = await ctx.db
    .select()
    .from(posts)
    .where(and(visibleTo(ctx, input), eq(posts.id, input.postId)));
  if (!post) throw notFound();
  return post;
}
