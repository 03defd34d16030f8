import { sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/ctx';
import type { OverviewFilters } from './contract';
import type { Period } from './period';
import type { Dimension, ShareGroup } from './queries';
import { planSql, rollupPlan } from './rollup-plan';
import type { Scope } from './scope';

/** share_rollup keeps the organisation's shares by each dimension alone: it answers views without filters. */
export const sharesRolledUp = (f: OverviewFilters, scope: Scope) =>
  scope.kind === 'org' && !f.department && !f.site && !f.network && !f.topic;

/**
 * The period's shares grouped by every dimension, from share_rollup (sharing/schema.ts): the daily series from its
 * days, the other groupings from whole months where that reads fewer rows (rollup-plan.ts). Exact and current: the
 * rollup changes in the same transaction as the shares. Same figures as sharesByEvery over the raw shares.
 */
export async function rolledShareGroups(ctx: Ctx, p: Period): Promise<Record<Dimension, ShareGroup[]>> {
  const { rows: planned, sign } = planSql(rollupPlan(p.from, p.to));
  const { rows } = await ctx.db.execute<{
    dim: Dimension;
    key: string;
    shares: number;
    confirmed: number;
    personalised: number;
    reach: number;
    with_audience: number;
  }>(sql`
    select dim, key, sum(${sign} * shares)::int as shares, sum(${sign} * confirmed)::int as confirmed,
           sum(${sign} * personalised)::int as personalised, sum(${sign} * reach)::float8 as reach,
           sum(${sign} * with_audience)::int as with_audience
      from share_rollup
     where org_id = ${ctx.orgId} and dim <> 'day' and ${planned}
     group by dim, key
    having sum(${sign} * shares) > 0
    union all
    select dim, key, shares, confirmed, personalised, reach, with_audience
      from share_rollup
     where org_id = ${ctx.orgId} and grain = 'd' and dim = 'day' and day between ${p.from} and ${p.to} and shares > 0`);
  const out: Record<Dimension, ShareGroup[]> = { day: [], person: [], post: [], department: [], site: [], network: [] };
  for (const r of rows)
    out[r.dim].push({
      key: r.key,
      shares: Number(r.shares),
      confirmed: Number(r.confirmed),
      personalised: Number(r.personalised),
      // Sums of whole audiences; a subtracted month's float residue is rounded away.
      reach: Math.round(Number(r.reach) * 1000) / 1000,
      withAudience: Number(r.with_audience),
    });
  return out;
}
