import { type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/ctx';
import { shares } from '../sharing/schema';

export type ShareGroup = {
  key: string;
  shares: number;
  /** Of those, the ones the person said they posted (a share counts as started when the network's window opens). */
  confirmed: number;
  personalised: number;
  reach: number;
  withAudience: number;
};
export type ClickGroup = { key: string; clicks: number };

/** Group keys; null department/site become '' (shown as "not set"). Days are UTC. */
export const shareKeys = {
  day: sql<string>`to_char(${shares.createdAt} at time zone 'UTC', 'YYYY-MM-DD')`,
  person: sql<string>`${shares.personId}::text`,
  post: sql<string>`${shares.postId}::text`,
  department: sql<string>`coalesce(${shares.department}, '')`,
  site: sql<string>`coalesce(${shares.site}, '')`,
  network: sql<string>`${shares.network}`,
};
export type Dimension = keyof typeof shareKeys;

/** Shares grouped by one dimension, with what the KPIs need (personalised count, known audience). */
export async function sharesBy(ctx: Ctx, where: SQL, dim: Dimension): Promise<ShareGroup[]> {
  const key = shareKeys[dim];
  return ctx.db
    .select({
      key,
      shares: sql<number>`count(*)::int`,
      confirmed: sql<number>`(count(*) filter (where ${shares.status} = 'confirmed'))::int`,
      personalised: sql<number>`(count(*) filter (where ${shares.personalised}))::int`,
      reach: sql<number>`coalesce(sum(${shares.audienceSize}), 0)::float8`,
      withAudience: sql<number>`count(${shares.audienceSize})::int`,
    })
    .from(shares)
    .where(where)
    .groupBy(key);
}

const dimensions = Object.keys(shareKeys) as Dimension[];

/**
 * What sharesByEvery groups on: the typed columns (a date, uuids), which hash faster than their text forms; each group's
 * key is turned into its text form (shareKeys) once per group, not once per share.
 */
const groupOn: Record<Dimension, SQL> = {
  day: sql`(${shares.createdAt} at time zone 'UTC')::date`,
  person: sql`${shares.personId}`,
  post: sql`${shares.postId}`,
  department: shareKeys.department,
  site: shareKeys.site,
  network: sql`${shares.network}`,
};
const keyOfGroup: Record<Dimension, SQL> = {
  ...groupOn,
  day: sql`to_char(${groupOn.day}, 'YYYY-MM-DD')`,
  person: sql`${groupOn.person}::text`,
  post: sql`${groupOn.post}::text`,
};

/**
 * Shares grouped by every dimension in one pass over the period's shares (GROUPING SETS), instead of one scan per
 * dimension: a year is 250,000 rows for a 5,000-person company, read once rather than six times.
 */
export async function sharesByEvery(ctx: Ctx, where: SQL): Promise<Record<Dimension, ShareGroup[]>> {
  const which = sql.join(
    dimensions.map((d) => sql`when grouping(${groupOn[d]}) = 0 then ${d}`),
    sql` `,
  );
  const rows = await ctx.db
    .select({
      dim: sql<Dimension>`case ${which} end`,
      keys: sql<(string | null)[]>`array[${sql.join(
        dimensions.map((d) => keyOfGroup[d]),
        sql`, `,
      )}]::text[]`,
      shares: sql<number>`count(*)::int`,
      confirmed: sql<number>`(count(*) filter (where ${shares.status} = 'confirmed'))::int`,
      personalised: sql<number>`(count(*) filter (where ${shares.personalised}))::int`,
      reach: sql<number>`coalesce(sum(${shares.audienceSize}), 0)::float8`,
      withAudience: sql<number>`count(${shares.audienceSize})::int`,
    })
    .from(shares)
    .where(where)
    .groupBy(
      sql`grouping sets (${sql.join(
        dimensions.map((d) => sql`(${groupOn[d]})`),
        sql`, `,
      )})`,
    );
  const out = Object.fromEntries(dimensions.map((d) => [d, [] as ShareGroup[]])) as Record<Dimension, ShareGroup[]>;
  for (const { dim, keys, ...figures } of rows)
    out[dim].push({ key: keys[dimensions.indexOf(dim)] ?? '', ...figures, reach: Number(figures.reach) });
  return out;
}

/** Joins share and click groups on their key: one row per key seen on either side. */
export function merge(s: ShareGroup[], c: ClickGroup[]): Map<string, { shares: number; clicks: number }> {
  const out = new Map<string, { shares: number; clicks: number }>();
  for (const r of s) out.set(r.key, { shares: r.shares, clicks: 0 });
  for (const r of c) out.set(r.key, { shares: out.get(r.key)?.shares ?? 0, clicks: r.clicks });
  return out;
}
