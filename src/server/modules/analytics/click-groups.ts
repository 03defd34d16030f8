import { type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/ctx';
import type { OverviewFilters } from './contract';
import type { Period } from './period';
import type { ClickGroup, Dimension } from './queries';
import { planSql, type RollupPart, rollupPlan } from './rollup-plan';
import { type Scope, teamIds } from './scope';

type Column = 'person' | 'post' | 'network' | 'department' | 'site';
type Shape = 't' | 'q' | 'f' | 'o' | 'p';

/**
 * The shapes of click_rollup (links/schema.ts), smallest first, with the dimensions each keeps. A grouping is read
 * from the smallest shape that has its dimension and every filtered one; otherwise from click_daily (per link).
 */
const shapes: { shape: Shape; columns: Column[] }[] = [
  { shape: 't', columns: [] },
  { shape: 'q', columns: ['person'] },
  { shape: 'f', columns: ['network', 'department', 'site'] },
  { shape: 'o', columns: ['post', 'network'] },
  { shape: 'p', columns: ['person', 'network', 'department', 'site'] },
];

const keys: Record<Dimension, SQL> = {
  day: sql`to_char(c.day, 'YYYY-MM-DD')`,
  person: sql`c.person_id::text`,
  post: sql`c.post_id::text`,
  department: sql`c.department`,
  site: sql`c.site`,
  network: sql`c.network`,
};

function needed(f: OverviewFilters, scope: Scope, dim: Dimension): Column[] {
  const cols: Column[] = dim === 'day' ? [] : [dim];
  if (f.department) cols.push('department');
  if (f.site) cols.push('site');
  if (f.network) cols.push('network');
  if (f.topic) cols.push('post');
  if (scope.kind === 'team') cols.push('person');
  return cols;
}

/** Rows (day, person_id, post_id, network, department, site, clicks) of the rollups for the period. */
function rolled(ctx: Ctx, p: Period, dim: Dimension, shape: Shape | null): SQL {
  if (!shape)
    return sql`select day, person_id, post_id, network, coalesce(department, '') as department, coalesce(site, '') as site, clicks
      from click_daily where org_id = ${ctx.orgId} and day between ${p.from} and ${p.to}`;
  // A daily series needs its days; any other grouping reads whole months where that reads fewer rows.
  const parts: RollupPart[] = dim === 'day' ? [{ grain: 'd', from: p.from, to: p.to, sign: 1 }] : rollupPlan(p.from, p.to);
  const { rows, sign } = planSql(parts);
  return sql`select day, person_id, post_id, network, department, site, ${sign} * clicks as clicks
    from click_rollup where org_id = ${ctx.orgId} and shape = ${shape} and ${rows}`;
}

/**
 * The same rows for the hours not rolled up yet (from `since`, the rollup's watermark), counted as the rollup will count
 * them. The watermark is a value, not a subquery, so the planner sees how few raw clicks that is (an hour or two) and
 * reads them through the BRIN index and the links' primary key instead of hashing every link of the organisation.
 */
function live(ctx: Ctx, p: Period, since: Date): SQL {
  return sql`select (d.hour_bucket at time zone 'UTC')::date as day, l.person_id, l.post_id, l.network,
      coalesce(l.department, '') as department, coalesce(l.site, '') as site, count(*)::int as clicks
    from (select distinct link_id, visitor_hash, hour_bucket from clicks
           where org_id = ${ctx.orgId} and at < ${p.to}::date + 1 and at >= ${since.toISOString()}::timestamptz) d
    join links l on l.id = d.link_id and l.org_id = ${ctx.orgId}
    group by 1, 2, 3, 4, 5, 6`;
}

/** Where the hourly rollup stands: counted clicks before it are in the rollups; null before the first rollup. */
export async function rollupWatermark(ctx: Ctx): Promise<Date | null> {
  const { rows } = await ctx.db.execute<{ at: string | Date }>(
    sql`select rolled_through as at from click_rollup_state where id = 1`,
  );
  return rows[0] ? new Date(rows[0].at) : null;
}

/**
 * Counted clicks of the period grouped by one dimension: the rollups at the coarsest grain that can answer (whole
 * months at month grain), plus the hours not rolled up yet read live, so figures are exact and current.
 */
export async function clickGroups(
  ctx: Ctx,
  f: OverviewFilters,
  scope: Scope,
  p: Period,
  dim: Dimension,
  /** The watermark, when the caller read it once for several groupings. */
  watermark?: Date | null,
): Promise<ClickGroup[]> {
  const need = needed(f, scope, dim);
  const shape = shapes.find((s) => need.every((c) => s.columns.includes(c)))?.shape ?? null;
  const conds: SQL[] = [];
  if (f.department) conds.push(sql`c.department = ${f.department}`);
  if (f.site) conds.push(sql`c.site = ${f.site}`);
  if (f.network) conds.push(sql`c.network = ${f.network}`);
  if (f.topic)
    conds.push(
      sql`exists (select 1 from posts tp where tp.id = c.post_id and tp.org_id = ${ctx.orgId} and ${f.topic} = any(tp.topics))`,
    );
  if (scope.kind === 'team') conds.push(sql`c.person_id in ${teamIds(ctx, scope.managerId)}`);
  const where = conds.length ? sql`where ${sql.join(conds, sql` and `)}` : sql``;
  const key = keys[dim];
  // Before the first rollup nothing is live (the rollups hold everything); otherwise from the later of the period's
  // start and the watermark.
  const mark = watermark === undefined ? await rollupWatermark(ctx) : watermark;
  const from = new Date(`${p.from}T00:00:00Z`);
  const recent = mark ? live(ctx, p, mark > from ? mark : from) : null;
  const { rows } = await ctx.db.execute<{ key: string; clicks: number }>(sql`
    select ${key} as key, sum(c.clicks)::int as clicks
      from (${rolled(ctx, p, dim, shape)}${recent ? sql` union all ${recent}` : sql``}) c
     ${where}
     group by 1
     having sum(c.clicks) > 0`);
  return rows.map((r) => ({ key: String(r.key), clicks: Number(r.clicks) }));
}
