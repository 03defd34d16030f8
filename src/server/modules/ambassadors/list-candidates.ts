import { and, count, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import { type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import { findPeopleById, findPeopleDetails } from '../people';
import type { ApplicationStatusT, CandidateListT } from './contract';
import { checkEligibility } from './eligibility';
import { findProgramme, today } from './programme-rows';
import { readinessOf } from './readiness';
import { applications, members } from './schema';

/** Candidates with the eligibility checks computed, past breaches (suspensions) and readiness, newest first. */
export async function listCandidates({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { programmeId: string; status?: ApplicationStatusT };
}): Promise<CandidateListT> {
  requirePermission(ctx, 'programme.review');
  const p = await findProgramme(ctx, input.programmeId);
  const rows = await ctx.db
    .select()
    .from(applications)
    .where(
      ofOrg(
        ctx,
        applications,
        and(eq(applications.programmeId, p.id), input.status ? eq(applications.status, input.status) : undefined),
      ),
    )
    .orderBy(desc(applications.createdAt))
    .limit(2000);
  const ids = rows.map((r) => r.personId);
  const [people, nominators, readiness, breaches] = await Promise.all([
    findPeopleDetails(ctx, ids),
    findPeopleById(
      ctx,
      rows.flatMap((r) => (r.nominatedBy ? [r.nominatedBy] : [])),
    ),
    readinessOf(ctx, p, ids),
    ids.length
      ? ctx.db
          .select({ personId: members.personId, n: count() })
          .from(members)
          .where(ofOrg(ctx, members, inArray(members.personId, ids), isNotNull(members.suspendedAt)))
          .groupBy(members.personId)
      : Promise.resolve([]),
  ]);
  const byId = new Map(people.map((x) => [x.id, x]));
  const breachBy = new Map(breaches.map((b) => [b.personId, Number(b.n)]));
  const day = today();
  return {
    items: rows.flatMap((r) => {
      const person = byId.get(r.personId);
      if (!person) return [];
      const { guidelines, quiz, profile } = readiness.get(r.personId) ?? { guidelines: false, quiz: false, profile: false };
      return [
        {
          id: r.id,
          person: {
            id: person.id,
            name: person.name,
            department: person.department,
            site: person.site,
            jobFamily: person.jobFamily,
          },
          source: r.source,
          status: r.status,
          motivation: r.motivation,
          networks: r.networks,
          audienceSize: r.audienceSize,
          availability: r.availability,
          nominatedBy: r.nominatedBy ? (nominators.get(r.nominatedBy)?.name ?? null) : null,
          nominationReason: r.nominationReason,
          scores: r.scores,
          decisionReason: r.decisionReason,
          decidedAt: r.decidedAt?.toISOString() ?? null,
          createdAt: r.createdAt.toISOString(),
          checks: {
            ...checkEligibility(p.eligibility, person, day),
            breaches: breachBy.get(r.personId) ?? 0,
            readiness: { guidelines, quiz, profile },
          },
        },
      ];
    }),
  };
}
