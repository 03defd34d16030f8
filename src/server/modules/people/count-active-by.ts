import { and, count, eq, inArray, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { anyUuid } from '../../platform/db/any-of';
import { people } from './schema';

/** Who to count: every list narrows (empty or absent: no rule); a null hire date passes the hire rule. */
export type ActivePeopleFilter = {
  departments?: string[];
  sites?: string[];
  jobFamilies?: string[];
  locales?: string[];
  /** Hired on or before this ISO day, or hire date unknown. */
  hiredOnOrBefore?: string;
  /** Only these people (e.g. a manager's team). */
  ids?: string[];
};

const dims = { jobFamily: people.jobFamily, site: people.site, department: people.department } as const;

function activeWhere(ctx: Ctx, filter: ActivePeopleFilter): SQL | undefined {
  const list = (col: (typeof dims)[keyof typeof dims] | typeof people.locale, xs?: string[]): SQL | undefined =>
    xs?.length ? inArray(col, xs) : undefined;
  return ofOrg(
    ctx,
    people,
    and(
      eq(people.status, 'active'),
      list(people.department, filter.departments),
      list(people.site, filter.sites),
      list(people.jobFamily, filter.jobFamilies),
      list(people.locale, filter.locales),
      filter.hiredOnOrBefore ? or(isNull(people.hireDate), lte(people.hireDate, filter.hiredOnOrBefore)) : undefined,
      filter.ids ? anyUuid(people.id, filter.ids) : undefined,
    ),
  );
}

/**
 * Active people per job family, site or department that pass a filter, counted in the database: a dashboard of a
 * 5,000-person organisation needs the counts, not 5,000 rows. People without a value for the dimension are left out.
 */
export async function countActiveBy(ctx: Ctx, dim: keyof typeof dims, filter: ActivePeopleFilter): Promise<Map<string, number>> {
  return (await countActiveByEach(ctx, [dim], filter))[dim];
}

/** The same counts for several dimensions in one pass over the directory (GROUPING SETS). */
export async function countActiveByEach<D extends keyof typeof dims>(
  ctx: Ctx,
  wanted: D[],
  filter: ActivePeopleFilter,
): Promise<Record<D, Map<string, number>>> {
  const out = Object.fromEntries(wanted.map((d) => [d, new Map<string, number>()])) as Record<D, Map<string, number>>;
  if (filter.ids && filter.ids.length === 0) return out;
  const rows = await ctx.db
    .select({
      dim: sql<D>`case ${sql.join(
        wanted.map((d) => sql`when grouping(${dims[d]}) = 0 then ${d}`),
        sql` `,
      )} end`,
      name: sql<string | null>`coalesce(${sql.join(
        wanted.map((d) => sql`${dims[d]}`),
        sql`, `,
      )})`,
      n: count(),
    })
    .from(people)
    .where(activeWhere(ctx, filter))
    .groupBy(
      sql`grouping sets (${sql.join(
        wanted.map((d) => sql`(${dims[d]})`),
        sql`, `,
      )})`,
    );
  for (const r of rows) if (r.name) out[r.dim].set(r.name, Number(r.n));
  return out;
}
