import { and, eq, isNull } from 'drizzle-orm';
import { type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { AppError, notFound } from '../../platform/errors';
import { recordAudit } from '../audit';
import { queueMail } from '../mail';
import { careersUrl, getJobRow, jobTitle, orgSlug } from './rows';
import { applications } from './schema';

type Outcome = 'hired' | 'rejected' | 'next_round';

/**
 * Every candidate hears back (templates in both languages, in the candidate's). A final outcome (hired, rejected)
 * is sent once: the conditional update on `outcome_sent_at` lets only one of two clicks through.
 */
export async function sendOutcome({ ctx, input }: { ctx: Ctx; input: { id: string; outcome: Outcome } }): Promise<void> {
  requirePermission(ctx, 'recruiting.manage');
  const final = input.outcome !== 'next_round';
  const mail = await inTx(ctx, async (tx) => {
    const [app] = final
      ? await tx.db
          .update(applications)
          .set({ outcomeSentAt: new Date() })
          .where(ofOrg(tx, applications, and(eq(applications.id, input.id), isNull(applications.outcomeSentAt))))
          .returning()
      : await tx.db
          .select()
          .from(applications)
          .where(ofOrg(tx, applications, eq(applications.id, input.id)));
    if (!app) {
      const [exists] = await tx.db
        .select({ id: applications.id })
        .from(applications)
        .where(ofOrg(tx, applications, eq(applications.id, input.id)));
      throw exists ? new AppError('recruiting.outcome_sent', 409) : notFound('application');
    }
    const job = await getJobRow(tx, app.jobId);
    await recordAudit({
      ctx: tx,
      input: { action: 'recruiting.outcome_sent', targetType: 'application', targetId: app.id, data: { outcome: input.outcome } },
    });
    return queueMail(ctx.platform, tx.db, {
      orgId: ctx.orgId,
      to: app.email,
      template: `recruiting_outcome_${input.outcome}`,
      locale: app.locale,
      vars: {
        url: careersUrl(ctx.platform.config.publicUrl, await orgSlug(tx)),
        name: app.name,
        title: jobTitle(job, app.locale),
      },
    });
  });
  await mail.enqueue(ctx.platform);
}
