import { type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/ctx';
import type { OverviewFilters } from './contract';
import { type Scope, teamIds } from './scope';

/**
 * " and …" conditions on a person column for the people-side filters: the person's current department and site, and
 * the manager's team. Stories and registrations have no department snapshot, unlike shares and links.
 */
export function personFilter(ctx: Ctx, f: OverviewFilters, scope: Scope, col: SQL): SQL {
  const c: SQL[] = [];
  if (f.department || f.site) {
    const dept = f.department ? sql` and fp.department = ${f.department}` : sql``;
    const site = f.site ? sql` and fp.site = ${f.site}` : sql``;
    c.push(sql`exists (select 1 from people fp where fp.id = ${col} and fp.org_id = ${ctx.orgId}${dept}${site})`);
  }
  if (scope.kind === 'team') c.push(sql`${col} in ${teamIds(ctx, scope.managerId)}`);
  return c.length ? sql` and ${sql.join(c, sql` and `)}` : sql``;
}

/** Two decimals; null when there is nothing to divide by. */
export const rate = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 100) / 100 : null);
