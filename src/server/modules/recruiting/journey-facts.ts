import { and, asc, gte, lt } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { applications, erasedCandidates, jobViews, type Stage, stageEvents } from './schema';

export const monthOf = (d: Date) => d.toISOString().slice(0, 7);

/** A candidate as the journey counts them: live, or the anonymous record an erased one left (erased-counts.ts). */
export type JourneyCandidate = {
  applicationId: string | null;
  name: string;
  jobId: string;
  source: 'share' | 'referral' | 'careers' | 'other';
  /** The employee at the origin; null for a self-referral (it earns and counts nothing for them). */
  originId: string | null;
  personId: string | null;
  /** Stage → the month it was first reached; `applied` is the candidate's cohort. */
  reached: Partial<Record<Stage, string>>;
};

/** Candidates whose application arrived in [fromMonth, toMonth] (months 'YYYY-MM'), with the month of each stage. */
export async function journeyCandidates(ctx: Ctx, fromMonth: string, toMonth: string): Promise<JourneyCandidate[]> {
  const from = new Date(`${fromMonth}-01T00:00:00Z`);
  const apps = await ctx.db
    .select()
    .from(applications)
    .where(ofOrg(ctx, applications, gte(applications.createdAt, from)))
    .limit(20_000);
  const events = await ctx.db
    .select({ applicationId: stageEvents.applicationId, stage: stageEvents.stage, at: stageEvents.at })
    .from(stageEvents)
    .where(ofOrg(ctx, stageEvents, gte(stageEvents.at, from)))
    .orderBy(asc(stageEvents.at));
  const reached = new Map<string, Partial<Record<Stage, string>>>(apps.map((a) => [a.id, { applied: monthOf(a.createdAt) }]));
  for (const e of events) {
    const r = reached.get(e.applicationId);
    if (r && !r[e.stage]) r[e.stage] = monthOf(e.at);
  }
  const live: JourneyCandidate[] = apps.map((a) => {
    const r = reached.get(a.id) ?? {};
    r[a.stage] ??= monthOf(a.stageAt);
    return {
      applicationId: a.id,
      name: a.name,
      jobId: a.jobId,
      source: a.source,
      originId: a.selfReferral ? null : a.referrerId,
      personId: a.personId,
      reached: r,
    };
  });
  const erased = (await ctx.db.select().from(erasedCandidates).where(ofOrg(ctx, erasedCandidates))).map(
    (e): JourneyCandidate => ({
      applicationId: null,
      name: '',
      jobId: e.jobId,
      source: e.source,
      originId: e.referrerId,
      personId: e.personId,
      reached: e.reached,
    }),
  );
  return [...live, ...erased].filter(
    (c) => !!c.reached.applied && c.reached.applied >= fromMonth && c.reached.applied <= toMonth,
  );
}

/** Job page views per job, month and source over whole UTC days [fromDay, toDay). */
export async function journeyViews(ctx: Ctx, fromDay: string, toDay: string) {
  const rows = await ctx.db
    .select()
    .from(jobViews)
    .where(ofOrg(ctx, jobViews, and(gte(jobViews.day, fromDay), lt(jobViews.day, toDay))));
  return rows.map((r) => ({ jobId: r.jobId, month: r.day.slice(0, 7), source: r.source, views: r.views }));
}
