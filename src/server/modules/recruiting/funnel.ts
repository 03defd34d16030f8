import { asc, eq, inArray } from 'drizzle-orm';
import { type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import { findPeopleById } from '../people';
import type { FunnelT } from './contract';
import { jobTitle } from './rows';
import { applications, erasedCandidates, jobs, type Stage, sources, stageEvents, stages } from './schema';

const zero = () => Object.fromEntries(stages.map((s) => [s, 0])) as Record<Stage, number>;

/**
 * The funnel by source and by job (how many applications ever reached each stage: drop-off is the difference between
 * two steps), mean days spent in each stage, and each referrer's conversion. Read from the application rows and their
 * stage history, plus the anonymous counts erased candidates left behind.
 */
export async function funnel({ ctx, input }: { ctx: Ctx; input: { jobId?: string } }): Promise<FunnelT> {
  requirePermission(ctx, 'recruiting.manage');
  const apps = await ctx.db
    .select({
      id: applications.id,
      jobId: applications.jobId,
      source: applications.source,
      referrerId: applications.referrerId,
      stage: applications.stage,
    })
    .from(applications)
    .where(ofOrg(ctx, applications, input.jobId ? eq(applications.jobId, input.jobId) : undefined))
    .limit(20_000);
  // Erased candidates count on, anonymised (erased-counts.ts): their stages are known, their time in stage is not.
  const erased = await ctx.db
    .select()
    .from(erasedCandidates)
    .where(ofOrg(ctx, erasedCandidates, input.jobId ? eq(erasedCandidates.jobId, input.jobId) : undefined));
  const events = apps.length
    ? await ctx.db
        .select({ applicationId: stageEvents.applicationId, stage: stageEvents.stage, at: stageEvents.at })
        .from(stageEvents)
        .where(
          ofOrg(
            ctx,
            stageEvents,
            inArray(
              stageEvents.applicationId,
              apps.map((a) => a.id),
            ),
          ),
        )
        .orderBy(asc(stageEvents.at))
    : [];
  const reachedBy = new Map<string, Set<Stage>>();
  const spent = new Map<Stage, number[]>();
  const byApp = new Map<string, typeof events>();
  for (const e of events) byApp.set(e.applicationId, [...(byApp.get(e.applicationId) ?? []), e]);
  for (const a of apps) {
    const evs = byApp.get(a.id) ?? [];
    reachedBy.set(a.id, new Set<Stage>(['applied', a.stage, ...evs.map((e) => e.stage)]));
    for (let i = 0; i + 1 < evs.length; i++)
      spent.set(evs[i].stage, [...(spent.get(evs[i].stage) ?? []), (evs[i + 1].at.getTime() - evs[i].at.getTime()) / 86_400_000]);
  }
  for (const e of erased) {
    apps.push({ id: e.id, jobId: e.jobId, source: e.source, referrerId: e.referrerId, stage: 'applied' });
    reachedBy.set(e.id, new Set(Object.keys(e.reached) as Stage[]));
  }
  const tally = (group: typeof apps) => {
    const reached = zero();
    for (const a of group) for (const s of reachedBy.get(a.id) ?? []) reached[s]++;
    return { total: group.length, reached };
  };
  const jobRows = await ctx.db
    .select({ id: jobs.id, titleIt: jobs.titleIt, titleEn: jobs.titleEn })
    .from(jobs)
    .where(ofOrg(ctx, jobs));
  const referrerIds = [...new Set(apps.flatMap((a) => (a.referrerId ? [a.referrerId] : [])))];
  const names = await findPeopleById(ctx, referrerIds);
  return {
    bySource: sources.map((source) => ({ source, ...tally(apps.filter((a) => a.source === source)) })),
    byJob: jobRows
      .map((j) => ({ jobId: j.id, title: jobTitle(j, ctx.locale), ...tally(apps.filter((a) => a.jobId === j.id)) }))
      .filter((j) => j.total > 0 || j.jobId === input.jobId),
    daysInStage: stages.map((stage) => {
      const d = spent.get(stage) ?? [];
      return { stage, days: d.length ? Math.round((d.reduce((x, y) => x + y, 0) / d.length) * 10) / 10 : null };
    }),
    referrers: referrerIds.map((id) => {
      const t = tally(apps.filter((a) => a.referrerId === id));
      return { name: names.get(id)?.name ?? '', applications: t.total, interviews: t.reached.interview, hires: t.reached.hired };
    }),
  };
}
