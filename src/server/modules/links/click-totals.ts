import { eq, sql } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { clickDaily } from './schema';

/** Counted clicks per post and network for one sharer (from the daily rollup, so it never scans raw clicks). */
export async function clickTotals({ ctx, input }: { ctx: Ctx; input: { personId: string } }) {
  return ctx.db
    .select({ postId: clickDaily.postId, network: clickDaily.network, clicks: sql<number>`sum(${clickDaily.clicks})::int` })
    .from(clickDaily)
    .where(ofOrg(ctx, clickDaily, eq(clickDaily.personId, input.personId)))
    .groupBy(clickDaily.postId, clickDaily.network);
}
