import { and, asc, eq, gte } from 'drizzle-orm';
import { type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import type { OpenJobT } from './contract';
import { jobTitle, jobUrl, orgSlug } from './rows';
import { jobs } from './schema';

/** Open jobs for employees: to refer someone, or to share (the feed post, when the editors published it). */
export async function listOpenJobs({ ctx }: { ctx: Ctx }): Promise<{ jobs: OpenJobT[] }> {
  requirePermission(ctx, 'share');
  const today = new Date().toISOString().slice(0, 10);
  const rows = await ctx.db
    .select()
    .from(jobs)
    .where(ofOrg(ctx, jobs, and(eq(jobs.status, 'open'), gte(jobs.closesOn, today))))
    .orderBy(asc(jobs.closesOn));
  const slug = await orgSlug(ctx);
  return {
    jobs: rows.map((j) => ({
      id: j.id,
      title: jobTitle(j, ctx.locale),
      department: j.department,
      site: j.site,
      closesOn: j.closesOn,
      publicUrl: jobUrl(ctx.platform.config.publicUrl, slug, j.id),
      postId: j.postId,
    })),
  };
}
