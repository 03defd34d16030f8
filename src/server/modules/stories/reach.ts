import { sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/ctx';

export type Reach = { shares: number; clicks: number };

/**
 * Shares (not cancelled) and counted clicks of these posts. Like the analytics read model, this reads the sharing and
 * links tables directly (one grouped query each, on their post indexes); clicks come from the daily rollup, so the
 * last hour or two appear later.
 */
export async function reachOfPosts(ctx: Ctx, postIds: string[]): Promise<Map<string, Reach>> {
  const out = new Map<string, Reach>(postIds.map((id) => [id, { shares: 0, clicks: 0 }]));
  if (postIds.length === 0) return out;
  const ids = sql.join(
    postIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const [shareRows, clickRows] = await Promise.all([
    ctx.db.execute<{ post_id: string; n: number }>(sql`
      select post_id, count(*)::int as n from shares
       where org_id = ${ctx.orgId} and post_id in (${ids}) and status <> 'cancelled' group by post_id`),
    ctx.db.execute<{ post_id: string; n: number }>(sql`
      select l.post_id, coalesce(sum(c.clicks), 0)::int as n from links l join click_daily c on c.link_id = l.id
       where l.org_id = ${ctx.orgId} and l.post_id in (${ids}) group by l.post_id`),
  ]);
  for (const r of shareRows.rows) out.set(r.post_id, { ...(out.get(r.post_id) ?? { clicks: 0 }), shares: Number(r.n) });
  for (const r of clickRows.rows) out.set(r.post_id, { ...(out.get(r.post_id) ?? { shares: 0 }), clicks: Number(r.n) });
  return out;
}
