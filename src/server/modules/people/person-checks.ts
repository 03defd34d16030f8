import { eq, ne, sql } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { AppError, conflict, invalid } from '../../platform/errors';
import type { Role } from '../../platform/permissions';
import { people } from './schema';

/** E-mails are unique per organisation regardless of case. */
export async function assertEmailFree(ctx: Ctx, email: string, exceptId?: string): Promise<void> {
  const [hit] = await ctx.db
    .select({ id: people.id })
    .from(people)
    .where(ofOrg(ctx, people, sql`lower(${people.email}) = lower(${email})`, exceptId ? ne(people.id, exceptId) : undefined))
    .limit(1);
  if (hit) throw conflict('people.duplicate_email', { email });
}

/** The unique index people_org_email lost a race with a concurrent write: same answer as the pre-check. */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.code === '23505' || e?.cause?.code === '23505';
}

/** Only an admin may give or take away the admin role (HR could otherwise promote themselves). */
export function assertRolesChange(ctx: Ctx, before: readonly Role[], after: readonly Role[]): void {
  if (!ctx.actor || ctx.actor.roles.includes('admin')) return;
  if (before.includes('admin') !== after.includes('admin')) throw new AppError('people.admin_role_required', 403);
}

/**
 * "May manage this person": only an admin may act on a person who holds the admin role — edit them, invite them,
 * change their roles or their access (HR could otherwise take over an admin's account). System jobs always may.
 */
export function mayManage(ctx: Ctx, target: { roles: readonly Role[] }): boolean {
  return !ctx.actor || ctx.actor.roles.includes('admin') || !target.roles.includes('admin');
}

export function assertMayManage(ctx: Ctx, target: { roles: readonly Role[] }): void {
  if (!mayManage(ctx, target)) throw new AppError('people.admin_role_required', 403);
}

/** The manager belongs to the organisation and is not the person or one of the people below them. */
export async function assertManager(ctx: Ctx, personId: string | null, managerId: string): Promise<void> {
  if (personId === managerId) throw invalid('people.manager_cycle');
  const [found] = await ctx.db
    .select({ id: people.id })
    .from(people)
    .where(ofOrg(ctx, people, eq(people.id, managerId)));
  if (!found) throw invalid('people.unknown_manager');
  if (!personId) return;
  // Walk up from the proposed manager; meeting the person means they would manage themselves.
  const chain = await ctx.db.execute<{ id: string }>(sql`
    with recursive up(id, manager_id) as (
      select id, manager_id from people where id = ${managerId} and org_id = ${ctx.orgId}
      union all
      select p.id, p.manager_id from people p join up on p.id = up.manager_id where p.org_id = ${ctx.orgId}
    ) cycle id set is_cycle using path
    select id from up where id = ${personId} limit 1`);
  if (chain.rows.length > 0) throw invalid('people.manager_cycle');
}
