import { desc, eq, inArray } from 'drizzle-orm';
import { actorOf, type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import { findPeopleById } from '../people';
import type { ApplicationT } from './contract';
import { combinedScore } from './reviews';
import { jobTitle } from './rows';
import { applications, jobs, reviews } from './schema';

/** The pipeline, newest first; the combined score only for a viewer who has submitted their own review. */
export async function listApplications({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { jobId?: string };
}): Promise<{ applications: ApplicationT[] }> {
  requirePermission(ctx, 'recruiting.manage');
  const me = actorOf(ctx);
  const rows = await ctx.db
    .select({ a: applications, titleIt: jobs.titleIt, titleEn: jobs.titleEn })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(ofOrg(ctx, applications, input.jobId ? eq(applications.jobId, input.jobId) : undefined))
    .orderBy(desc(applications.createdAt))
    .limit(1000);
  const ids = rows.map((r) => r.a.id);
  const revs = ids.length
    ? await ctx.db
        .select()
        .from(reviews)
        .where(ofOrg(ctx, reviews, inArray(reviews.applicationId, ids)))
    : [];
  const referrers = await findPeopleById(ctx, [...new Set(rows.flatMap((r) => (r.a.referrerId ? [r.a.referrerId] : [])))]);
  return {
    applications: rows.map(({ a, titleIt, titleEn }) => {
      const mine = revs.filter((r) => r.applicationId === a.id);
      const done = mine.some((r) => r.reviewerId === me.personId);
      return {
        id: a.id,
        jobId: a.jobId,
        jobTitle: jobTitle({ titleIt, titleEn }, ctx.locale),
        name: a.name,
        email: a.email,
        hasCv: !!a.cvKey,
        source: a.source,
        referrerName: a.referrerId ? (referrers.get(a.referrerId)?.name ?? null) : null,
        selfReferral: a.selfReferral,
        stage: a.stage,
        stageAt: a.stageAt.toISOString(),
        shortlisted: a.shortlisted,
        outcomeSentAt: a.outcomeSentAt?.toISOString() ?? null,
        createdAt: a.createdAt.toISOString(),
        score: done ? combinedScore(mine) : null,
        reviews: mine.length,
        myReviewDone: done,
      };
    }),
  };
}
