import { count, eq } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { anyUuid } from '../../platform/db/any-of';
import { clicksPerPersonIn } from '../links';
import { countActiveByEach, findActiveFacets } from '../people';
import { sharesPerPerson } from '../sharing';
import type { DashboardT } from './contract';
import { eligibilityFilter } from './eligibility';
import { findProgramme, today } from './programme-rows';
import { readinessOf } from './readiness';
import { applications, cohorts, members } from './schema';
import { visiblePeople } from './team-scope';

const DAY = 86_400_000;
const dayOf = (t: number) => new Date(t).toISOString().slice(0, 10);
/** The largest share of the clicks one person holds among these people (null without clicks), read in place. */
const topShare = (ids: string[], clicksOf: (id: string) => number) => {
  let total = 0;
  let top = 0;
  for (const id of ids) {
    const n = clicksOf(id);
    total += n;
    if (n > top) top = n;
  }
  return total > 0 ? top / total : null;
};

/**
 * The programme dashboard: applications and acceptance rate, active and ready members, coverage by job family and
 * site against the eligible population, retention across terms (alumni still sharing), activity and the
 * concentration of clicks on one member with its trend. A manager gets the same figures for their team.
 */
export async function getDashboard({ ctx, input }: { ctx: Ctx; input: { programmeId: string } }): Promise<DashboardT> {
  const visible = await visiblePeople(ctx);
  const p = await findProgramme(ctx, input.programmeId);
  const now = Date.now();
  // The eligible population is counted in the database, not loaded: 5,000 rows cost more than the whole dashboard.
  const eligibleIn = { ...eligibilityFilter(p.eligibility, today()), ids: visible ? [...visible] : undefined };
  const [statusRows, seatRows, eligible] = await Promise.all([
    // Counted in the database (a manager's team as an id list): five rows, not one per applicant.
    ctx.db
      .select({ status: applications.status, n: count() })
      .from(applications)
      .where(
        ofOrg(
          ctx,
          applications,
          eq(applications.programmeId, p.id),
          visible ? anyUuid(applications.personId, [...visible]) : undefined,
        ),
      )
      .groupBy(applications.status),
    ctx.db
      .select({ personId: members.personId, status: members.status, cohort: cohorts.name, cohortStart: cohorts.startsOn })
      .from(members)
      .innerJoin(cohorts, eq(cohorts.id, members.cohortId))
      .where(ofOrg(ctx, members, eq(members.programmeId, p.id))),
    countActiveByEach(ctx, ['jobFamily', 'site'], eligibleIn),
  ]);
  const mine = (id: string) => !visible || visible.has(id);
  const applicationsBy: Record<string, number> = {};
  for (const r of statusRows) applicationsBy[r.status] = Number(r.n);
  const decided = (applicationsBy.accepted ?? 0) + (applicationsBy.declined ?? 0) + (applicationsBy.waitlisted ?? 0);
  const seats = seatRows.filter((s) => mine(s.personId));
  const current = seats.filter((s) => s.status === 'active' || s.status === 'suspended');
  const currentIds = current.map((s) => s.personId);
  const everyone = [...new Set(seats.map((s) => s.personId))];
  // Clicks and shares of the people who hold or held a seat only, the last three 30-day periods in one pass.
  const periods = [0, 1, 2].map((w) => ({ from: dayOf(now - (w + 1) * 30 * DAY), to: dayOf(now - w * 30 * DAY + DAY) }));
  const [readiness, seated, clicks, shares30] = await Promise.all([
    readinessOf(ctx, p, currentIds),
    findActiveFacets(ctx, everyone),
    clicksPerPersonIn(ctx, everyone, periods),
    sharesPerPerson(ctx, new Date(now - 30 * DAY), everyone),
  ]);
  // Per person one figure per period; the 90 days are their sum. Read where they are, not copied into more maps.
  const inPeriod = (w: number) => (id: string) => clicks.get(id)?.[w] ?? 0;
  const in90 = (id: string) => (clicks.get(id) ?? []).reduce((s, n) => s + n, 0);
  // Only people still active count as members of a slice or as alumni still sharing.
  const byId = new Map(seated.map((x) => [x.id, x]));
  const slices = (dim: 'jobFamily' | 'site', eligible: Map<string, number>) => {
    const out = new Map<string, { members: number; eligible: number }>();
    for (const [name, n] of eligible) out.set(name, { members: 0, eligible: n });
    const bump = (x: (typeof seated)[number] | undefined) => {
      const name = x?.[dim];
      if (!name) return;
      const s = out.get(name) ?? { members: 0, eligible: 0 };
      s.members++;
      out.set(name, s);
    };
    for (const id of currentIds) bump(byId.get(id));
    return [...out.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, s]) => ({ name, ...s }));
  };
  const cohortsSeen = [...new Map(seats.map((s) => [s.cohort, s.cohortStart])).entries()].sort(([, a], [, b]) =>
    a.localeCompare(b),
  );
  return {
    applications: applicationsBy,
    acceptanceRate: decided > 0 ? (applicationsBy.accepted ?? 0) / decided : null,
    activeMembers: current.filter((s) => s.status === 'active').length,
    readyMembers: [...readiness.values()].filter((r) => r.ready).length,
    coverage: { families: slices('jobFamily', eligible.jobFamily), sites: slices('site', eligible.site) },
    retention: cohortsSeen.map(([cohort]) => {
      const ids = seats.filter((s) => s.cohort === cohort).map((s) => s.personId);
      return { cohort, members: ids.length, stillSharing: ids.filter((id) => shares30.has(id) && byId.has(id)).length };
    }),
    activity: {
      shares30: currentIds.reduce((s, id) => s + (shares30.get(id) ?? 0), 0),
      clicks30: currentIds.reduce((s, id) => s + inPeriod(0)(id), 0),
      sharingMembers30: currentIds.filter((id) => shares30.has(id)).length,
    },
    concentration: {
      topMemberShare: topShare(everyone, in90),
      trend: periods
        .map((_, i) => ({ until: dayOf(now - i * 30 * DAY), topMemberShare: topShare(everyone, inPeriod(i)) }))
        .reverse(),
    },
    team: visible !== null,
  };
}
