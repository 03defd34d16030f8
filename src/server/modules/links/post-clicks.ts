import { gte, inArray, lt, sql } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { liveClicks } from './live-clicks';
import { clickDaily } from './schema';

/**
 * Counted clicks on every tracked link of some posts, whoever shared them: the daily rollup plus the hours not rolled up
 * yet. Optionally within UTC days [from, to) (ISO days), e.g. a campaign's period.
 */
export async function postClicks({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { postIds: string[]; from?: string; to?: string };
}): Promise<number> {
  if (input.postIds.length === 0) return 0;
  const [rolled] = await ctx.db
    .select({ n: sql<number>`coalesce(sum(${clickDaily.clicks}), 0)::int` })
    .from(clickDaily)
    .where(
      ofOrg(
        ctx,
        clickDaily,
        inArray(clickDaily.postId, input.postIds),
        input.from ? gte(clickDaily.day, input.from) : undefined,
        input.to ? lt(clickDaily.day, input.to) : undefined,
      ),
    );
  const posts = new Set(input.postIds);
  // liveClicks' `to` is inclusive; a day equal to `to` is outside [from, to) and skipped below.
  const live = await liveClicks(ctx, { from: input.from, to: input.to });
  const recent = live.filter((l) => posts.has(l.postId) && (!input.to || l.day < input.to));
  return Number(rolled?.n ?? 0) + recent.reduce((sum, l) => sum + l.clicks, 0);
}
