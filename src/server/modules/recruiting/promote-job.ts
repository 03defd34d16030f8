import { eq } from 'drizzle-orm';
import { type Ctx, inTx, ofOrg, requirePermission, systemCtx } from '../../platform/ctx';
import { invalid } from '../../platform/errors';
import { recordAudit } from '../audit';
import { createPost } from '../content';
import type { JobT } from './contract';
import { plainText } from './rich-text';
import { getJobRow, jobUrl, orgSlug, toJobs } from './rows';
import { jobs } from './schema';

/**
 * Puts an open job in the employee feed the way training's advocacy post does: a draft in the content hub pointing at
 * the public job page, which the editors publish. Shares then get tracked links; a candidate who follows one is
 * credited to the sharer (the redirect adds `ref=<code>` to Voce's own pages, see links/link-of-code.ts). Once only.
 */
export async function promoteJob({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<JobT> {
  requirePermission(ctx, 'recruiting.manage');
  return inTx(ctx, async (tx) => {
    const job = await getJobRow(tx, input.id, { lock: true });
    if (job.status !== 'open') throw invalid('recruiting.job_not_open');
    if (!job.postId) {
      const url = jobUrl(ctx.platform.config.publicUrl, await orgSlug(tx), job.id);
      const post = await createPost({
        ctx: { ...systemCtx(ctx.platform, ctx.orgId, ctx.locale), db: tx.db },
        input: {
          texts: {
            it: { title: job.titleIt, body: plainText(job.descriptionIt).slice(0, 2000) },
            en: { title: job.titleEn, body: plainText(job.descriptionEn).slice(0, 2000) },
          },
          url,
          topics: ['lavoro'],
          language: 'all',
          captions: [],
          targeting: { all: true, departments: [], sites: [], personIds: [] },
        },
      });
      await tx.db
        .update(jobs)
        .set({ postId: post.id })
        .where(ofOrg(tx, jobs, eq(jobs.id, job.id)));
      await recordAudit({
        ctx: tx,
        input: {
          action: 'recruiting.job_promoted',
          targetType: 'job',
          targetId: job.id,
          targetName: job.titleIt,
          data: { postId: post.id },
        },
      });
    }
    return (await toJobs(tx, [await getJobRow(tx, job.id)]))[0];
  });
}
