import { and, desc, eq, gt, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { notFound } from '../../platform/errors';
import { posts, postTargets } from './schema';

/**
 * Who a post can be aimed at: the person's id, department, site and the languages they read posts in (never their
 * interface language: switching the menus to English must not change which posts someone is offered).
 */
export type Audience = { personId: string; department: string | null; site: string | null; languages: readonly string[] };

/** A published, unexpired post for a language the person reads, whose targeting includes them (any matching target row). */
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
    who.languages.length > 0
      ? or(eq(posts.language, 'all'), inArray(posts.language, [...who.languages] as ('it' | 'en')[]))
      : eq(posts.language, 'all'),
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
