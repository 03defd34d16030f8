import { and, count, eq, inArray } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import type { ProgrammeT } from './contract';
import { currentCohorts, type ProgrammeRow } from './programme-rows';
import { applications, members } from './schema';

/** Programmes as comms see them, with live counts and the cohort serving now. */
export async function programmeViews(ctx: Ctx, rows: ProgrammeRow[]): Promise<ProgrammeT[]> {
  const ids = rows.map((p) => p.id);
  if (ids.length === 0) return [];
  const [active, pending, cohorts] = await Promise.all([
    ctx.db
      .select({ programmeId: members.programmeId, n: count() })
      .from(members)
      .where(ofOrg(ctx, members, inArray(members.programmeId, ids), inArray(members.status, ['active', 'suspended'])))
      .groupBy(members.programmeId),
    ctx.db
      .select({ programmeId: applications.programmeId, n: count() })
      .from(applications)
      .where(ofOrg(ctx, applications, and(inArray(applications.programmeId, ids), eq(applications.status, 'pending'))))
      .groupBy(applications.programmeId),
    currentCohorts(ctx, ids),
  ]);
  const by = (xs: { programmeId: string; n: number }[]) => new Map(xs.map((x) => [x.programmeId, Number(x.n)]));
  const activeBy = by(active);
  const pendingBy = by(pending);
  return rows.map((p) => {
    const c = cohorts.get(p.id);
    return {
      id: p.id,
      name: p.name,
      purposeIt: p.purposeIt,
      purposeEn: p.purposeEn,
      expectationsIt: p.expectationsIt,
      expectationsEn: p.expectationsEn,
      eligibility: p.eligibility,
      seats: p.seats,
      termMonths: p.termMonths,
      rubric: p.rubric,
      quiz: p.quiz,
      valangaThreshold: p.valangaThreshold,
      open: p.open,
      activeMembers: activeBy.get(p.id) ?? 0,
      pendingCandidates: pendingBy.get(p.id) ?? 0,
      currentCohort: c ? { id: c.id, name: c.name, startsOn: c.startsOn, endsOn: c.endsOn } : null,
    };
  });
}
