import { sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/ctx';
import { jobViews } from './schema';

export type ViewSource = 'share' | 'careers' | 'other';

/** Where a job page view came from: a checked tracked link, the organisation's careers page, or anywhere else. */
export function viewSource(viaShare: boolean, referer: string | undefined, careersUrl: string): ViewSource {
  if (viaShare) return 'share';
  return referer?.startsWith(careersUrl) ? 'careers' : 'other';
}

/**
 * One more view of a job page today: a counter per job, day and source, nothing about the visitor. Pages served
 * from a shared cache (a minute) are not seen, so the count is a floor. Never fails the page.
 */
export async function countJobView(ctx: Ctx, jobId: string, source: ViewSource): Promise<void> {
  const day = new Date().toISOString().slice(0, 10);
  await ctx.db
    .insert(jobViews)
    .values({ orgId: ctx.orgId, jobId, day, source, views: 1 })
    .onConflictDoUpdate({
      target: [jobViews.orgId, jobViews.jobId, jobViews.day, jobViews.source],
      set: { views: sql`${jobViews.views} + 1` },
    })
    .catch((err: unknown) => ctx.platform.logger.warn({ err }, 'recruiting: job view not counted'));
}
