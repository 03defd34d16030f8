import { and, count, eq, inArray, isNull, lte, or, type SQL } from 'drizzle-orm';
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

/**
 * Active people per job family, site or department that pass a filter, counted in the database: a dashboard of a
 * 5,000-person organisation needs the counts, not 5,000 rows. People without a value for the dimension are left out.
 */
export async function countActiveBy(ctx: Ctx, dim: keyof typeof dims, filter: ActivePeopleFilter): Promise<Map<string, number>> {
  if (filter.ids && filter.ids.length === 0) return new Map();
  const list = (col: (typeof dims)[keyof typeof dims] | typeof people.locale, xs?: string[]): SQL | undefined =>
    xs?.length ? inArray(col, xs) : undefined;
  const rows = await ctx.db
    .select({ name: dims[dim], n: count() })
    .from(people)
    .where(
      ofOrg(
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
      ),
    )
    .groupBy(dims[dim]);
  return new Map(rows.flatMap((r) => (r.name ? [[r.name, Number(r.n)] as [string, number]] : [])));
}
