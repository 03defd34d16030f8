import { and, eq, isNotNull } from 'drizzle-orm';
import { ofOrg, systemCtx } from '../../platform/ctx';
import type { Platform } from '../../platform/platform';
import { shareFactsOf } from '../sharing';
import { awardPoints } from './points';
import { jobs, points } from './schema';
import { settingsOf } from './settings';

/**
 * The share rung of the ladder: an employee who shared a job's feed post earns it once per job (the points row's
 * subject is the job, so sharing the same job again, or on another network, pays nothing more). Read from the
 * sharing module's shares, after the fact, so sharing never waits on recruiting. Harmless run twice.
 */
export async function awardSharePoints(platform: Platform, orgId?: string): Promise<number> {
  const shared = await platform.db
    .select({ orgId: jobs.orgId, jobId: jobs.id, postId: jobs.postId })
    .from(jobs)
    .where(and(isNotNull(jobs.postId), orgId ? eq(jobs.orgId, orgId) : undefined));
  const byOrg = new Map<string, { jobId: string; postId: string }[]>();
  for (const j of shared) if (j.postId) byOrg.set(j.orgId, [...(byOrg.get(j.orgId) ?? []), { jobId: j.jobId, postId: j.postId }]);
  let awarded = 0;
  for (const [org, list] of byOrg) {
    const ctx = systemCtx(platform, org);
    const { points: ladder } = await settingsOf(ctx.db, org);
    if (ladder.share <= 0) continue;
    const jobOfPost = new Map(list.map((j) => [j.postId, j.jobId]));
    const paid = await ctx.db
      .select({ personId: points.personId, subjectId: points.subjectId })
      .from(points)
      .where(ofOrg(ctx, points, eq(points.kind, 'share')));
    const seen = new Set(paid.map((p) => `${p.personId}|${p.subjectId}`));
    for (const s of await shareFactsOf(ctx, { postIds: [...jobOfPost.keys()] })) {
      const jobId = jobOfPost.get(s.postId);
      if (!jobId || seen.has(`${s.personId}|${jobId}`)) continue;
      seen.add(`${s.personId}|${jobId}`);
      if (await awardPoints(ctx, s.personId, 'share', jobId, ladder)) awarded++;
    }
  }
  return awarded;
}
