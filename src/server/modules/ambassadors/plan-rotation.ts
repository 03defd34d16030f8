import { eq, gte, inArray, or } from 'drizzle-orm';
import { type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import { clicksPerPerson } from '../links';
import { findPeopleDetails, type PersonDetails } from '../people';
import type { PlanT } from './contract';
import { checkEligibility } from './eligibility';
import { type PlanCandidate, planRotation } from './planner';
import { addMonths, currentCohort, findProgramme, today } from './programme-rows';
import { applications, members } from './schema';

const DAY = 86_400_000;
type Dim = 'jobFamily' | 'site' | 'department';

function coverage(
  dim: Dim,
  eligible: PersonDetails[],
  candidates: PlanCandidate[],
  before: PersonDetails[],
  after: PlanT['proposals'],
) {
  const tally = <T>(xs: T[], get: (x: T) => string | null) => {
    const m = new Map<string, number>();
    for (const x of xs) {
      const k = get(x);
      if (k) m.set(k, (m.get(k) ?? 0) + 1);
    }
    return m;
  };
  const e = tally(eligible, (p) => p[dim]);
  const c = tally(candidates, (x) => x.person[dim]);
  const b = tally(before, (p) => p[dim]);
  const a = tally(after, (x) => x.person[dim]);
  return [...new Set([...e.keys(), ...c.keys(), ...b.keys()])]
    .sort((x, y) => x.localeCompare(y))
    .map((name) => ({
      name,
      eligible: e.get(name) ?? 0,
      candidates: c.get(name) ?? 0,
      before: b.get(name) ?? 0,
      after: a.get(name) ?? 0,
    }));
}

/**
 * The next cohort proposed from the applicants and the waiting list (eligible, still active), with the coverage
 * map: job families, sites and departments with a voice now (the current cohort) and with the proposal.
 */
export async function planNextCohort({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { programmeId: string; seats?: number };
}): Promise<PlanT> {
  requirePermission(ctx, 'programme.manage');
  const p = await findProgramme(ctx, input.programmeId);
  const day = today();
  const recentSince = new Date(`${addMonths(day, -p.termMonths)}T00:00:00Z`);
  const now = Date.now();
  const [active, apps, seated, clicks, cohort] = await Promise.all([
    findPeopleDetails(ctx, 'active'),
    ctx.db
      .select()
      .from(applications)
      .where(
        ofOrg(ctx, applications, eq(applications.programmeId, p.id), inArray(applications.status, ['pending', 'waitlisted'])),
      ),
    ctx.db
      .select({ personId: members.personId, status: members.status, cohortId: members.cohortId })
      .from(members)
      .where(
        ofOrg(
          ctx,
          members,
          eq(members.programmeId, p.id),
          or(inArray(members.status, ['active', 'suspended']), gte(members.endedAt, recentSince)),
        ),
      ),
    clicksPerPerson(ctx, new Date(now - 90 * DAY).toISOString().slice(0, 10), new Date(now + DAY).toISOString().slice(0, 10)),
    currentCohort(ctx, p.id),
  ]);
  const byId = new Map(active.map((x) => [x.id, x]));
  const recent = new Set(seated.map((m) => m.personId));
  const total = [...clicks.values()].reduce((s, n) => s + n, 0);
  const eligible = active.filter((x) => checkEligibility(p.eligibility, x, day).eligible);
  // Over-represented: more than twice an even share of the clicks among those who have any.
  const fair = clicks.size > 0 ? total / clicks.size : 0;
  const candidates: PlanCandidate[] = apps.flatMap((a) => {
    const person = byId.get(a.personId);
    if (!person || !checkEligibility(p.eligibility, person, day).eligible) return [];
    const scores = Object.values(a.scores);
    return [
      {
        applicationId: a.id,
        person: {
          id: person.id,
          name: person.name,
          department: person.department,
          site: person.site,
          jobFamily: person.jobFamily,
        },
        waitlisted: a.status === 'waitlisted',
        score: scores.length ? scores.reduce((s, n) => s + n, 0) / scores.length : 0,
        recentMember: recent.has(person.id),
        highClicks: fair > 0 && (clicks.get(person.id) ?? 0) > 2 * fair,
        createdAt: a.createdAt.getTime(),
      },
    ];
  });
  const seats = input.seats ?? p.seats;
  const proposals = planRotation(seats, candidates);
  const before = seated
    .filter((m) => m.cohortId === cohort?.id && (m.status === 'active' || m.status === 'suspended'))
    .flatMap((m) => byId.get(m.personId) ?? []);
  return {
    seats,
    candidates: candidates.length,
    proposals,
    coverage: {
      families: coverage('jobFamily', eligible, candidates, before, proposals),
      sites: coverage('site', eligible, candidates, before, proposals),
      departments: coverage('department', eligible, candidates, before, proposals),
    },
  };
}
