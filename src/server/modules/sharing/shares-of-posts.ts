import { count, gte, inArray, lt, ne } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { shares } from './schema';

/** How many times employees shared some posts (not cancelled by their author), optionally within [from, to). */
export async function sharesOfPosts(ctx: Ctx, postIds: string[], range: { from: Date; to: Date } | null = null): Promise<number> {
  if (postIds.length === 0) return 0;
  const [row] = await ctx.db
    .select({ n: count() })
    .from(shares)
    .where(
      ofOrg(
        ctx,
        shares,
        inArray(shares.postId, postIds),
        ne(shares.status, 'cancelled'),
        range ? gte(shares.createdAt, range.from) : undefined,
        range ? lt(shares.createdAt, range.to) : undefined,
      ),
    );
  return Number(row?.n ?? 0);
}
