import { and, desc, eq, gt, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { actorOf, type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import { postTitles } from '../content';
import type { PendingSharesT } from './contract';
import type { ShareNetwork } from './networks';
import { shares } from './schema';

/** Shares older than this are not asked about any more (nobody remembers a week later). */
const ASK_DAYS = 7;
/** After "not yet", ask again the next day, not at every visit. */
const ASK_AGAIN_HOURS = 20;
const MAX = 5;

/** My recent shares with no answer yet (or "not yet", asked again a day later): the feed asks about them. */
export async function listPendingShares({ ctx }: { ctx: Ctx; input?: undefined }): Promise<PendingSharesT> {
  requirePermission(ctx, 'share');
  const rows = await ctx.db
    .select({
      id: shares.id,
      postId: shares.postId,
      network: shares.network,
      createdAt: shares.createdAt,
      status: shares.status,
    })
    .from(shares)
    .where(
      ofOrg(
        ctx,
        shares,
        and(
          eq(shares.personId, actorOf(ctx).personId),
          inArray(shares.status, ['started', 'not_yet']),
          gt(shares.createdAt, sql`now() - make_interval(days => ${ASK_DAYS})`),
          or(isNull(shares.answeredAt), lt(shares.answeredAt, sql`now() - make_interval(hours => ${ASK_AGAIN_HOURS})`)),
        ),
      ),
    )
    .orderBy(desc(shares.createdAt))
    .limit(MAX);
  const titles = await postTitles(ctx, [...new Set(rows.map((r) => r.postId))]);
  return {
    items: rows.map((r) => ({
      ...r,
      postTitle: titles.get(r.postId) ?? '',
      network: r.network as ShareNetwork,
      createdAt: r.createdAt.toISOString(),
    })),
  };
}
