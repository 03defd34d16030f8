import { eq } from 'drizzle-orm';
import { type Ctx, inTx, ofOrg } from '../../platform/ctx';
import { AppError } from '../../platform/errors';
import { recordAudit } from '../audit';
import { keepAnonymisedCounts } from './erased-counts';
import { deleteInterviewMedia, eraseRecordings } from './interview-sweeps';
import { applications, jobs, referrals, stageEvents } from './schema';

/** What the candidate sees on their status page: their own data and the stage, nothing of reviewers or scores. */
export async function candidateView(ctx: Ctx, applicationId: string) {
  const [row] = await ctx.db
    .select({
      name: applications.name,
      email: applications.email,
      stage: applications.stage,
      createdAt: applications.createdAt,
      retainUntil: applications.retainUntil,
      titleIt: jobs.titleIt,
      titleEn: jobs.titleEn,
    })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(ofOrg(ctx, applications, eq(applications.id, applicationId)));
  return row ?? null;
}

/** The candidate withdraws: the stage becomes "withdrawn" (the row is locked, so HR moving it at once cannot undo it). */
export async function withdrawApplication(ctx: Ctx, applicationId: string): Promise<void> {
  await inTx(ctx, async (tx) => {
    const [app] = await tx.db
      .select()
      .from(applications)
      .where(ofOrg(tx, applications, eq(applications.id, applicationId)))
      .for('update');
    if (!app) throw new AppError('recruiting.application_gone', 404);
    if (app.stage === 'withdrawn' || app.stage === 'hired') return;
    await tx.db
      .update(applications)
      .set({ stage: 'withdrawn', stageAt: new Date() })
      .where(ofOrg(tx, applications, eq(applications.id, applicationId)));
    await tx.db.insert(stageEvents).values({ orgId: ctx.orgId, applicationId, stage: 'withdrawn' });
    await recordAudit({ ctx: tx, input: { action: 'recruiting.withdrawn', targetType: 'application', targetId: applicationId } });
  });
  // Withdrawing takes the recorded answers back too (the row stays, so HR see the withdrawal).
  await eraseRecordings(ctx.platform, ctx.orgId, applicationId);
}

/**
 * Erases the candidate: the CV bytes first, then the row (tokens, reviews and stage history cascade). In that order a
 * failure between the two leaves a row without its file, which the next attempt or the retention sweep removes; the
 * other order could leave bytes no row points to any more, never found again.
 */
export async function eraseApplication(ctx: Ctx, applicationId: string, reason: 'candidate' | 'retention'): Promise<boolean> {
  const [app] = await ctx.db
    .select({ cvKey: applications.cvKey })
    .from(applications)
    .where(ofOrg(ctx, applications, eq(applications.id, applicationId)));
  if (!app) return false;
  if (app.cvKey) await ctx.platform.storage.delete(app.cvKey);
  await deleteInterviewMedia(ctx.platform, ctx.db, [applicationId]);
  return inTx(ctx, async (tx) => {
    await keepAnonymisedCounts(tx.db, [applicationId]);
    const [gone] = await tx.db
      .delete(applications)
      .where(ofOrg(tx, applications, eq(applications.id, applicationId)))
      .returning({ id: applications.id });
    if (!gone) return false;
    await tx.db.delete(referrals).where(ofOrg(tx, referrals, eq(referrals.applicationId, applicationId)));
    await recordAudit({
      ctx: tx,
      input: { action: 'recruiting.erased', targetType: 'application', targetId: applicationId, data: { reason } },
    });
    return true;
  });
}
