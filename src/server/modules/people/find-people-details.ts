import { and, arrayOverlaps, eq, sql } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { anyUuid } from '../../platform/db/any-of';
import type { Role } from '../../platform/permissions';
import { people } from './schema';

export type PersonDetails = {
  id: string;
  name: string;
  email: string;
  locale: string;
  department: string | null;
  site: string | null;
  jobFamily: string | null;
  hireDate: string | null;
  status: string;
  managerId: string | null;
  roles: Role[];
};

const columns = {
  id: people.id,
  name: people.name,
  email: people.email,
  locale: people.locale,
  department: people.department,
  site: people.site,
  jobFamily: people.jobFamily,
  hireDate: people.hireDate,
  status: people.status,
  managerId: people.managerId,
  roles: people.roles,
};

/**
 * What programmes need to check eligibility and plan coverage: people of the caller's organisation by id (others'
 * ids are simply absent), or every active person when ids is 'active'.
 */
export async function findPeopleDetails(ctx: Ctx, ids: string[] | 'active'): Promise<PersonDetails[]> {
  if (ids !== 'active' && ids.length === 0) return [];
  return ctx.db
    .select(columns)
    .from(people)
    .where(ofOrg(ctx, people, ids === 'active' ? eq(people.status, 'active') : anyUuid(people.id, ids)));
}

/** The active ones among these people, with the facets coverage is counted by (a dashboard's few columns, not the whole row). */
export async function findActiveFacets(
  ctx: Ctx,
  ids: string[],
): Promise<{ id: string; site: string | null; jobFamily: string | null }[]> {
  if (ids.length === 0) return [];
  return ctx.db
    .select({ id: people.id, site: people.site, jobFamily: people.jobFamily })
    .from(people)
    .where(ofOrg(ctx, people, anyUuid(people.id, ids), eq(people.status, 'active')));
}

/** Ids of everyone below a manager, directly or not (a cycle in the data stops the walk). */
export async function reportsOf(ctx: Ctx, managerId: string): Promise<string[]> {
  const { rows } = await ctx.db.execute<{ id: string }>(sql`
    with recursive down(id) as (
      select id from people where manager_id = ${managerId} and org_id = ${ctx.orgId}
      union
      select p.id from people p join down on p.manager_id = down.id where p.org_id = ${ctx.orgId}
    ) select id from down`);
  return rows.map((r) => r.id).filter((id) => id !== managerId);
}

/** Active people of the organisation with one of these roles (who receives programme alerts). */
export async function findPeopleWithRoles(ctx: Ctx, roles: Role[]): Promise<PersonDetails[]> {
  return ctx.db
    .select(columns)
    .from(people)
    .where(ofOrg(ctx, people, and(eq(people.status, 'active'), arrayOverlaps(people.roles, roles))));
}
