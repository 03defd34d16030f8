import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { type Ctx, inTx, ofOrg } from '../../platform/ctx';
import type { DbOrTx } from '../../platform/db/client';
import { recordAudit } from '../audit';
import { queueMail } from '../mail';
import { addMonths, statusUrl } from './apply';
import { hashToken, issueToken } from './candidate-tokens';
import { awardPoints } from './points';
import { getJobRow, isAcceptingApplications, jobTitle, orgSlug } from './rows';
import { applications, referrals, stageEvents } from './schema';
import { settingsOf } from './settings';

/** The referral a consent link stands for (pending or already answered), across organisations: the link names it. */
export async function referralOfToken(db: DbOrTx, token: string) {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const [row] = await db
    .select()
    .from(referrals)
    .where(eq(referrals.tokenHash, hashToken(token)));
  return row ?? null;
}

export type ReferralAnswer = 'accepted' | 'declined' | 'answered' | 'closed';

/**
 * The referred person answers. Accepting makes them a candidate (source: referral, consent and retention recorded,
 * their own status link by e-mail) and pays the referrer's referral rung (not for a self-referral). Declining deletes
 * the referral at once. The referral row is updated only from `pending`, so a double click answers once.
 */
export async function answerReferral(ctx: Ctx, referralId: string, decision: 'accept' | 'decline'): Promise<ReferralAnswer> {
  const result = await inTx(ctx, async (tx) => {
    const [ref] = await tx.db
      .select()
      .from(referrals)
      .where(ofOrg(tx, referrals, and(eq(referrals.id, referralId), eq(referrals.status, 'pending'))))
      .for('update');
    if (!ref) return { answer: 'answered' as const };
    if (decision === 'decline') {
      await tx.db.delete(referrals).where(ofOrg(tx, referrals, eq(referrals.id, ref.id)));
      await recordAudit({ ctx: tx, input: { action: 'recruiting.referral_declined', targetType: 'referral', targetId: ref.id } });
      return { answer: 'declined' as const };
    }
    const job = await getJobRow(tx, ref.jobId);
    if (!isAcceptingApplications(job)) return { answer: 'closed' as const };
    const settings = await settingsOf(tx.db, ctx.orgId);
    const now = new Date();
    const id = crypto.randomUUID();
    // Someone who already applied on their own keeps that application; the referral still counts as consented.
    const [inserted] = await tx.db
      .insert(applications)
      .values({
        id,
        orgId: ctx.orgId,
        jobId: job.id,
        name: ref.name,
        email: ref.email,
        emailKey: ref.emailKey,
        locale: ref.locale,
        consentAt: now,
        retainUntil: addMonths(now, settings.retentionMonths),
        source: 'referral',
        referrerId: ref.referrerId,
        referralId: ref.id,
        selfReferral: ref.selfReferral,
      })
      .onConflictDoNothing()
      .returning({ id: applications.id });
    await tx.db
      .update(referrals)
      .set({ status: 'consented', consentedAt: now, applicationId: inserted?.id ?? null })
      .where(ofOrg(tx, referrals, eq(referrals.id, ref.id)));
    if (!ref.selfReferral) await awardPoints(tx, ref.referrerId, 'referral', ref.id, settings.points);
    await recordAudit({ ctx: tx, input: { action: 'recruiting.referral_consented', targetType: 'referral', targetId: ref.id } });
    if (!inserted) return { answer: 'accepted' as const };
    await tx.db.insert(stageEvents).values({ orgId: ctx.orgId, applicationId: id, stage: 'applied', at: now });
    const token = await issueToken(tx, id, 'link');
    const mail = await queueMail(ctx.platform, tx.db, {
      orgId: ctx.orgId,
      to: ref.email,
      template: 'recruiting_status_link',
      locale: ref.locale,
      vars: {
        url: statusUrl(ctx.platform.config.publicUrl, await orgSlug(tx), token),
        name: ref.name,
        title: jobTitle(job, ref.locale),
      },
    });
    return { answer: 'accepted' as const, mail };
  });
  if ('mail' in result && result.mail) await result.mail.enqueue(ctx.platform);
  return result.answer;
}
