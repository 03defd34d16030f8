import { inArray } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { posts } from './schema';

/** Titles of posts by id, whatever their status (a share history outlives the post's time in the feed). */
export async function postTitles(ctx: Ctx, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.db
    .select({ id: posts.id, title: posts.title })
    .from(posts)
    .where(ofOrg(ctx, posts, inArray(posts.id, ids)));
  return new Map(rows.map((r) => [r.id, r.title]));
}
