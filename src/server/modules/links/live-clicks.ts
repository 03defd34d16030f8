import { sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/ctx';
import type { DbOrTx } from '../../platform/db/client';

/** Counted clicks of one link on one UTC day, with the link's attribution (department and site at share time). */
export type LiveClicks = {
  linkId: string;
  day: string;
  postId: string;
  personId: string;
  network: string;
  department: string | null;
  site: string | null;
  clicks: number;
};

/**
 * Counted clicks not yet in the rollups — the hours from the watermark on (normally the current hour and the one
 * that just closed) — per link and day, for the organisation, optionally within UTC days [from, to]. Counted as the
 * rollup will count them (distinct link, visitor, hour), so a dashboard adding these to the rollups is exact and
 * current. Before the watermark exists (nothing written yet since the upgrade) nothing is live: the old writer's
 * rollups hold everything.
 */
export async function liveClicks(
  ctx: Pick<Ctx, 'orgId'> & { db: DbOrTx },
  range: { from?: string; to?: string } = {},
): Promise<LiveClicks[]> {
  const from = range.from ? sql`and at >= ${range.from}::date` : sql``;
  const to = range.to ? sql`and at < ${range.to}::date + 1` : sql``;
  const { rows } = await ctx.db.execute<Record<string, unknown>>(sql`
    select v.link_id, v.day, l.post_id, l.person_id, l.network, l.department, l.site, v.n
      from (select link_id, to_char(hour_bucket at time zone 'UTC', 'YYYY-MM-DD') as day, count(*)::int as n
              from (select distinct link_id, visitor_hash, hour_bucket from clicks
                     where org_id = ${ctx.orgId} ${from} ${to}
                       and at >= coalesce((select rolled_through from click_rollup_state where id = 1), 'infinity')) d
             group by 1, 2) v
      join links l on l.id = v.link_id and l.org_id = ${ctx.orgId}`);
  return rows.map((r) => ({
    linkId: String(r.link_id),
    day: String(r.day),
    postId: String(r.post_id),
    personId: String(r.person_id),
    network: String(r.network),
    department: (r.department as string | null) ?? null,
    site: (r.site as string | null) ?? null,
    clicks: Number(r.n),
  }));
}
