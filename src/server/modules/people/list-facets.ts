import { asc, ne } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { people } from './schema';

/** Departments, sites and job families in use, for filters and targeting pickers. */
export async function listFacets({ ctx }: { ctx: Ctx; input?: undefined }) {
  const rows = await ctx.db
    .selectDistinct({ department: people.department, site: people.site, jobFamily: people.jobFamily })
    .from(people)
    .where(ofOrg(ctx, people, ne(people.status, 'inactive')))
    .orderBy(asc(people.department), asc(people.site));
  const uniq = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => !!x))].sort((a, b) => a.localeCompare(b));
  return {
    departments: uniq(rows.map((r) => r.department)),
    sites: uniq(rows.map((r) => r.site)),
    jobFamilies: uniq(rows.map((r) => r.jobFamily)),
  };
}
