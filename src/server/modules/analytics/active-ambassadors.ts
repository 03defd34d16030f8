import { countDistinct, inArray, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/ctx';
import { people } from '../people/schema';
import { shares } from '../sharing/schema';
import type { OverviewFilters } from './contract';
import type { Period } from './period';
import type { ShareGroup } from './queries';
import { eligibleWhere, type Scope, shareWhere } from './scope';

/**
 * Eligible people (current department/site) and how many of them shared at least once in the period. Without a
 * department or site filter the period's sharers are already known (the shares grouped by person, same filters), so
 * only the eligible ids are read instead of scanning the period's shares a second time (a year is 250,000 rows).
 */
export async function activeAndEligible(
  ctx: Ctx,
  f: OverviewFilters,
  scope: Scope,
  p: Period,
  sharersByPerson: ShareGroup[],
): Promise<{ eligible: number; active: number }> {
  if (!f.department && !f.site) {
    const ids = await ctx.db
      .select({ id: people.id })
      .from(people)
      .where(eligibleWhere(ctx, f, scope));
    const eligible = new Set(ids.map((r) => r.id));
    return { eligible: eligible.size, active: sharersByPerson.filter((s) => s.shares > 0 && eligible.has(s.key)).length };
  }
  // With one, sharers are matched by their current department/site, not the one on the share: read them again.
  const eligibleIds = ctx.db
    .select({ id: people.id })
    .from(people)
    .where(eligibleWhere(ctx, f, scope));
  const [[eligible], [active]] = await Promise.all([
    ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(people)
      .where(eligibleWhere(ctx, f, scope)),
    ctx.db
      .select({ n: countDistinct(shares.personId) })
      .from(shares)
      .where(sql`${shareWhere(ctx, f, scope, p.start, p.end, false)} and ${inArray(shares.personId, eligibleIds)}`),
  ]);
  return { eligible: eligible.n, active: active.n };
}
