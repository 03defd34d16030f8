import { and, inArray, ne } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import type { Role } from '../../platform/permissions';
import { people } from './schema';

/** A current member of the organisation with what targeting by population and the manager hierarchy need. */
export type OrgPerson = {
  id: string;
  name: string;
  email: string;
  locale: string;
  department: string | null;
  site: string | null;
  jobTitle: string | null;
  jobFamily: string | null;
  managerId: string | null;
  hireDate: string | null;
  status: string;
  roles: Role[];
};

/**
 * Everyone of the caller's organisation who has not left (deactivated people are out; people not signed up yet are
 * in: a plant worker without an account still takes the mandatory course). `ids` narrows the answer.
 */
export async function listOrgPeople(ctx: Ctx, opts: { ids?: string[] } = {}): Promise<OrgPerson[]> {
  if (opts.ids && opts.ids.length === 0) return [];
  return ctx.db
    .select({
      id: people.id,
      name: people.name,
      email: people.email,
      locale: people.locale,
      department: people.department,
      site: people.site,
      jobTitle: people.jobTitle,
      jobFamily: people.jobFamily,
      managerId: people.managerId,
      hireDate: people.hireDate,
      status: people.status,
      roles: people.roles,
    })
    .from(people)
    .where(ofOrg(ctx, people, and(ne(people.status, 'inactive'), opts.ids ? inArray(people.id, opts.ids) : undefined)));
}
