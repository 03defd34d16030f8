import { and, arrayContains, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { PeopleFiltersT } from './contract';
import { people } from './schema';

const like = (q: string) => `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;

/** The list/export filters (the tenant filter is added by the caller through ofOrg). */
export function peopleWhere(f: PeopleFiltersT): SQL | undefined {
  const q = f.q ? like(f.q) : undefined;
  return and(
    q ? or(ilike(people.name, q), ilike(people.email, q), ilike(people.jobTitle, q)) : undefined,
    f.department ? eq(people.department, f.department) : undefined,
    f.site ? eq(people.site, f.site) : undefined,
    f.jobFamily ? eq(people.jobFamily, f.jobFamily) : undefined,
    f.role ? arrayContains(people.roles, [f.role]) : undefined,
    f.status ? eq(people.status, f.status) : undefined,
    f.managerId ? eq(people.managerId, f.managerId) : undefined,
  );
}
