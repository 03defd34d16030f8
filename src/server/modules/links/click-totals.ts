import { eq, sql } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { liveClicks } from './live-clicks';
import { clickDaily } from './schema';

/**
 * Counted clicks per post and network for one sharer: the daily rollup plus the hours not rolled up yet (so a click
 * shows at once and raw clicks are only read for the last hour or two).
 */
export async function clickTotals({ ctx, input }: { ctx: Ctx; input: { personId: string } }) {
  const rolled = await ctx.db
    .select({ postId: clickDaily.postId, network: clickDaily.network, clicks: sql<number>`sum(${clickDaily.clicks})::int` })
    .from(clickDaily)
    .where(ofOrg(ctx, clickDaily, eq(clickDaily.personId, input.personId)))
    .groupBy(clickDaily.postId, clickDaily.network);
  const totals = new Map(rolled.map((r) => [`${r.postId}|${r.network}`, { ...r, clicks: Number(r.clicks) }]));
  for (const l of await liveClicks(ctx)) {
    if (l.personId !== input.personId) continue;
    const key = `${l.postId}|${l.network}`;
    const t = totals.get(key) ?? { postId: l.postId, network: l.network, clicks: 0 };
    t.clicks += l.clicks;
    totals.set(key, t);
  }
  return [...totals.values()];
}
