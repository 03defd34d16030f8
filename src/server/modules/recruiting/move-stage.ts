import { eq } from 'drizzle-orm';
import { type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { AppError } from '../../platform/errors';
import { recordAudit } from '../audit';
import { lockApplication } from './lock-application';
import { awardPoints } from './points';
import { applications, rewards, type Stage, stageEvents } from './schema';
import { settingsOf } from './settings';

/**
 * HR move a candidate along applied → screening → interview → offer → hired / rejected. A withdrawn candidate stays
 * withdrawn (their choice). Reaching interview or hire pays the referrer's rung once, and a hire opens the two staged
 * rewards (at hire, after the trial period) for HR to approve. A self-referral earns nothing.
 */
export async function moveStage({ ctx, input }: { ctx: Ctx; input: { id: string; stage: Stage } }): Promise<void> {
  requirePermission(ctx, 'recruiting.manage');
  await inTx(ctx, async (tx) => {
    const app = await lockApplication(tx, input.id);
    if (app.stage === 'withdrawn' || input.stage === 'withdrawn')
      throw new AppError('recruiting.stage_changed', 409, { stage: app.stage });
    if (app.stage === input.stage) return;
    const now = new Date();
    await tx.db
      .update(applications)
      .set({ stage: input.stage, stageAt: now })
      .where(ofOrg(tx, applications, eq(applications.id, app.id)));
    await tx.db.insert(stageEvents).values({ orgId: ctx.orgId, applicationId: app.id, stage: input.stage, at: now });
    if (app.referrerId && !app.selfReferral && (input.stage === 'interview' || input.stage === 'hired')) {
      const { points } = await settingsOf(tx.db, ctx.orgId);
      await awardPoints(tx, app.referrerId, input.stage === 'hired' ? 'hire' : 'interview', app.id, points);
      if (input.stage === 'hired')
        await tx.db
          .insert(rewards)
          .values([
            { orgId: ctx.orgId, personId: app.referrerId, subjectId: app.id, step: 'hire' as const },
            { orgId: ctx.orgId, personId: app.referrerId, subjectId: app.id, step: 'trial' as const },
          ])
          .onConflictDoNothing();
    }
    await recordAudit({
      ctx: tx,
      input: {
        action: 'recruiting.stage_moved',
        targetType: 'application',
        targetId: app.id,
        data: { from: app.stage, to: input.stage },
      },
    });
  });
}

export async function setShortlisted({ ctx, input }: { ctx: Ctx; input: { id: string; shortlisted: boolean } }): Promise<void> {
  requirePermission(ctx, 'recruiting.manage');
  await inTx(ctx, async (tx) => {
    const app = await lockApplication(tx, input.id);
    await tx.db
      .update(applications)
      .set({ shortlisted: input.shortlisted })
      .where(ofOrg(tx, applications, eq(applications.id, app.id)));
    await recordAudit({
      ctx: tx,
      input: {
        action: 'recruiting.shortlisted',
        targetType: 'application',
        targetId: app.id,
        data: { shortlisted: input.shortlisted },
      },
    });
  });
}
