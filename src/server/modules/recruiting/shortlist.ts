import { eq, inArray } from 'drizzle-orm';
import { actorOf, type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import { rubric } from './contract';
import type { ShortlistT } from './interview-contract';
import { interviews } from './interview-schema';
import { getJobRow } from './rows';
import { applications, reviews } from './schema';

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * A job's candidates with the reviewers' combined scores: the mean of each rubric item and overall, and how many
 * reviewed. Humans score; Voce only averages (no automated scoring). A reviewer sees the means of a candidate only
 * after submitting their own review of them, as on the pipeline.
 */
export async function shortlist({ ctx, input }: { ctx: Ctx; input: { id: string; onlyShortlisted?: 'true' | 'false' } }) {
  requirePermission(ctx, 'recruiting.manage');
  const me = actorOf(ctx);
  await getJobRow(ctx, input.id);
  const apps = await ctx.db
    .select()
    .from(applications)
    .where(ofOrg(ctx, applications, eq(applications.jobId, input.id)));
  const ids = apps.map((a) => a.id);
  const revs = ids.length
    ? await ctx.db
        .select()
        .from(reviews)
        .where(ofOrg(ctx, reviews, inArray(reviews.applicationId, ids)))
    : [];
  const ivs = ids.length
    ? await ctx.db
        .select()
        .from(interviews)
        .where(ofOrg(ctx, interviews, inArray(interviews.applicationId, ids)))
    : [];
  const rows: ShortlistT['rows'] = apps
    .filter((a) => input.onlyShortlisted !== 'true' || a.shortlisted)
    .map((a) => {
      const mine = revs.filter((r) => r.applicationId === a.id);
      const done = mine.some((r) => r.reviewerId === me.personId);
      const means = Object.fromEntries(
        rubric.map((k) => {
          const v = mine.map((r) => r.scores[k]).filter((s): s is number => typeof s === 'number');
          return [k, v.length ? round(v.reduce((x, y) => x + y, 0) / v.length) : 0];
        }),
      ) as Record<(typeof rubric)[number], number>;
      const all = mine.flatMap((r) => Object.values(r.scores));
      return {
        id: a.id,
        name: a.name,
        stage: a.stage,
        shortlisted: a.shortlisted,
        interviewSubmitted: Boolean(ivs.find((i) => i.applicationId === a.id)?.submittedAt),
        reviewers: mine.length,
        myReviewDone: done,
        means: done ? means : null,
        overall: done && all.length ? round(all.reduce((x, y) => x + y, 0) / all.length) : null,
      };
    });
  rows.sort((x, y) => (y.overall ?? -1) - (x.overall ?? -1));
  return { rows };
}
