import { type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import { clickRowsOf } from '../links';
import { onboardingCompletionOf } from '../onboarding';
import { findPeopleById } from '../people';
import { shareFactsOf } from '../sharing';
import { type JourneyFiltersT, type JourneyStepT, type JourneyT, journeySteps } from './journey-contract';
import { type JourneyCandidate, journeyCandidates, journeyViews, monthOf } from './journey-facts';
import { jobTitle } from './rows';
import { jobs, sources } from './schema';

type Closed = { onboarded: boolean; advocate: boolean };

/** Counts of each step and the conversion from the step before (views → applied → … → advocates). */
function stepsOf(views: number, cands: JourneyCandidate[], closed: (c: JourneyCandidate) => Closed): JourneyT['steps'] {
  const n: Record<JourneyStepT, number> = {
    views,
    applied: cands.length,
    interview: cands.filter((c) => c.reached.interview || c.reached.offer || c.reached.hired).length,
    offer: cands.filter((c) => c.reached.offer || c.reached.hired).length,
    hired: cands.filter((c) => c.reached.hired).length,
    onboarded: cands.filter((c) => c.reached.hired && closed(c).onboarded).length,
    advocates: cands.filter((c) => c.reached.hired && closed(c).advocate).length,
  };
  return journeySteps.map((step, i) => {
    // A first share does not wait for onboarding to end: advocates are a share of the hires, like onboarding.
    const before = i === 0 ? null : step === 'advocates' ? n.hired : n[journeySteps[i - 1]];
    return { step, count: n[step], conversion: before ? Math.round((n[step] / before) * 1000) / 1000 : null };
  });
}

/**
 * The Brand Experience Journey over the last `months` months: candidates by the month they applied (so every step is
 * a share of the one before), job page views and employee job shares by when they happened. A hire closes the
 * circle when HR linked them to their directory person: onboarding complete, then their own first share.
 */
export async function journey({ ctx, input }: { ctx: Ctx; input: Pick<JourneyFiltersT, 'months'> }): Promise<JourneyT> {
  requirePermission(ctx, 'recruiting.manage');
  const now = new Date();
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (input.months - 1), 1));
  const months = Array.from({ length: input.months }, (_, i) =>
    monthOf(new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + i, 1))),
  );
  const fromDay = start.toISOString().slice(0, 10);
  const toDay = new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
  const jobRows = await ctx.db.select().from(jobs).where(ofOrg(ctx, jobs));
  const jobOf = new Map(jobRows.map((j) => [j.id, j]));
  const jobOfPost = new Map(jobRows.flatMap((j) => (j.postId ? [[j.postId, j] as const] : [])));
  const postIds = [...jobOfPost.keys()];
  const [cands, views, jobShares, jobClicks] = await Promise.all([
    journeyCandidates(ctx, months[0], months[months.length - 1]),
    journeyViews(ctx, fromDay, toDay),
    shareFactsOf(ctx, { postIds }).then((s) => s.filter((x) => x.createdAt >= start)),
    clickRowsOf(ctx, { postIds, fromDay, toDay }),
  ]);
  const hires = cands.filter((c) => c.reached.hired);
  const personIds = [...new Set(hires.flatMap((h) => (h.personId ? [h.personId] : [])))];
  const [onboarding, theirShares] = await Promise.all([onboardingCompletionOf(ctx, personIds), shareFactsOf(ctx, { personIds })]);
  const firstShare = new Map<string, (typeof theirShares)[number]>();
  for (const s of theirShares) if (!firstShare.has(s.personId)) firstShare.set(s.personId, s);
  const firstClicks = await clickRowsOf(ctx, { linkIds: [...firstShare.values()].map((s) => s.linkId) });
  const clicksOfLink = new Map<string, number>();
  for (const r of firstClicks) clicksOfLink.set(r.linkId, (clicksOfLink.get(r.linkId) ?? 0) + r.clicks);
  const closed = (c: JourneyCandidate): Closed => ({
    onboarded: !!c.personId && !!onboarding.get(c.personId)?.complete,
    advocate: !!c.personId && firstShare.has(c.personId),
  });
  const sum = (xs: { views: number }[]) => xs.reduce((t, x) => t + x.views, 0);
  const familyOf = (jobId: string) => jobOf.get(jobId)?.department ?? '';
  const families = [...new Set(jobRows.map((j) => j.department))].sort((a, b) => a.localeCompare(b));
  const originIds = [
    ...new Set([...cands.flatMap((c) => (c.originId ? [c.originId] : [])), ...jobShares.map((s) => s.personId)]),
  ];
  const names = await findPeopleById(ctx, [...new Set([...originIds, ...personIds])]);
  return {
    from: fromDay,
    to: now.toISOString().slice(0, 10),
    steps: stepsOf(sum(views), cands, closed),
    bySource: sources.map((source) => ({
      source,
      shares: source === 'share' ? jobShares.length : 0,
      clicks: source === 'share' ? jobClicks.reduce((t, r) => t + r.clicks, 0) : 0,
      views: sum(views.filter((v) => v.source === source)),
      applied: cands.filter((c) => c.source === source).length,
      hired: hires.filter((c) => c.source === source).length,
    })),
    byFamily: families
      .map((family) => ({
        family,
        steps: stepsOf(
          sum(views.filter((v) => familyOf(v.jobId) === family)),
          cands.filter((c) => familyOf(c.jobId) === family),
          closed,
        ),
      }))
      .filter((f) => f.steps.some((s) => s.count > 0)),
    byMonth: months.map((month) => ({
      month,
      steps: stepsOf(
        sum(views.filter((v) => v.month === month)),
        cands.filter((c) => c.reached.applied === month),
        closed,
      ),
    })),
    origins: originIds
      .map((id) => ({
        name: names.get(id)?.name ?? '',
        shares: jobShares.filter((s) => s.personId === id).length,
        clicks: jobClicks.filter((r) => r.personId === id).reduce((t, r) => t + r.clicks, 0),
        applied: cands.filter((c) => c.originId === id).length,
        hired: hires.filter((c) => c.originId === id).length,
      }))
      .sort((a, b) => b.hired - a.hired || b.applied - a.applied || b.clicks - a.clicks || a.name.localeCompare(b.name)),
    hires: hires.map((h) => {
      const job = jobOf.get(h.jobId);
      const share = h.personId ? firstShare.get(h.personId) : undefined;
      const ob = h.personId ? onboarding.get(h.personId) : undefined;
      return {
        applicationId: h.applicationId,
        name: (h.personId && names.get(h.personId)?.name) || h.name,
        job: job ? jobTitle(job, ctx.locale) : '',
        family: familyOf(h.jobId),
        month: h.reached.hired ?? '',
        source: h.source,
        origin: h.originId ? (names.get(h.originId)?.name ?? null) : null,
        personId: h.personId,
        onboarding: ob ? { done: ob.done, total: ob.total } : null,
        firstShareAt: share?.createdAt.toISOString() ?? null,
        firstShareClicks: share ? (clicksOfLink.get(share.linkId) ?? 0) : 0,
      };
    }),
  };
}
