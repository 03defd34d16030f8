import { and, count, countDistinct, eq, gte, lt, ne, sql } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { anyUuid } from '../../platform/db/any-of';
import { sharerProfiles, shares } from './schema';

/**
 * What the ambassador programme reads about sharing (through this module's index): who has completed their sharing
 * profile, who opted out of rankings, the shares of a period (points), and sharing activity per person.
 */

/** People whose sharing profile states at least one audience size. */
export async function completedProfiles(ctx: Ctx, personIds: string[]): Promise<Set<string>> {
  if (personIds.length === 0) return new Set();
  const rows = await ctx.db
    .select({ personId: sharerProfiles.personId })
    .from(sharerProfiles)
    .where(
      ofOrg(ctx, sharerProfiles, anyUuid(sharerProfiles.personId, personIds), sql`${sharerProfiles.audience} <> '{}'::jsonb`),
    );
  return new Set(rows.map((r) => r.personId));
}

/** People who opted out of rankings (and so of points and boards). */
export async function rankingOptOuts(ctx: Ctx): Promise<Set<string>> {
  const rows = await ctx.db
    .select({ personId: sharerProfiles.personId })
    .from(sharerProfiles)
    .where(ofOrg(ctx, sharerProfiles, eq(sharerProfiles.rankingOptOut, true)));
  return new Set(rows.map((r) => r.personId));
}

export type ShareFact = { id: string; personId: string; linkId: string; personalised: boolean; createdAt: Date };

/** Shares made in [from, to), not cancelled by their author. */
export async function sharesBetween(ctx: Ctx, from: Date, to: Date): Promise<ShareFact[]> {
  return ctx.db
    .select({
      id: shares.id,
      personId: shares.personId,
      linkId: shares.linkId,
      personalised: shares.personalised,
      createdAt: shares.createdAt,
    })
    .from(shares)
    .where(ofOrg(ctx, shares, gte(shares.createdAt, from), lt(shares.createdAt, to), ne(shares.status, 'cancelled')));
}

/** Shares per person since a moment (people without shares are absent). */
export async function sharesPerPerson(ctx: Ctx, since: Date, personIds?: string[]): Promise<Map<string, number>> {
  if (personIds && personIds.length === 0) return new Map();
  const rows = await ctx.db
    .select({ personId: shares.personId, n: count() })
    .from(shares)
    .where(ofOrg(ctx, shares, gte(shares.createdAt, since), personIds ? anyUuid(shares.personId, personIds) : undefined))
    .groupBy(shares.personId);
  return new Map(rows.map((r) => [r.personId, Number(r.n)]));
}

/** Personalised shares per person, all time (the "10 personalised shares" badge). */
export async function personalisedSharesPerPerson(ctx: Ctx, personIds: string[]): Promise<Map<string, number>> {
  if (personIds.length === 0) return new Map();
  const rows = await ctx.db
    .select({ personId: shares.personId, n: countDistinct(shares.id) })
    .from(shares)
    .where(ofOrg(ctx, shares, and(anyUuid(shares.personId, personIds), eq(shares.personalised, true))))
    .groupBy(shares.personId);
  return new Map(rows.map((r) => [r.personId, Number(r.n)]));
}
