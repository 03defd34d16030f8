import { and, gte, lt } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { anyUuid } from '../../platform/db/any-of';
import { clickDaily } from './schema';

export type ClickRow = { linkId: string; postId: string; personId: string; day: string; clicks: number };

/**
 * Counted clicks per link and UTC day (the daily rollup) for some posts or some links, optionally over [fromDay,
 * toDay): recruiting's journey reads clicks on job shares and on a new hire's first share through this.
 */
export async function clickRowsOf(
  ctx: Ctx,
  filter: { postIds?: string[]; linkIds?: string[]; fromDay?: string; toDay?: string },
): Promise<ClickRow[]> {
  if (filter.postIds?.length === 0 || filter.linkIds?.length === 0) return [];
  const rows = await ctx.db
    .select({
      linkId: clickDaily.linkId,
      postId: clickDaily.postId,
      personId: clickDaily.personId,
      day: clickDaily.day,
      clicks: clickDaily.clicks,
    })
    .from(clickDaily)
    .where(
      ofOrg(
        ctx,
        clickDaily,
        and(
          filter.postIds ? anyUuid(clickDaily.postId, filter.postIds) : undefined,
          filter.linkIds ? anyUuid(clickDaily.linkId, filter.linkIds) : undefined,
          filter.fromDay ? gte(clickDaily.day, filter.fromDay) : undefined,
          filter.toDay ? lt(clickDaily.day, filter.toDay) : undefined,
        ),
      ),
    )
    .limit(100_000);
  return rows.map((r) => ({ ...r, clicks: Number(r.clicks) }));
}
