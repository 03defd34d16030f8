import crypto from 'node:crypto';
import { and, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import { systemCtx } from '../../platform/ctx';
import type { Platform } from '../../platform/platform';
import { type PurgeLimits, purgeInBatches } from '../../platform/retention';
import { queueMail } from '../mail';
import { findPeopleById } from '../people';
import { hashToken } from './candidate-tokens';
import { referralUrl } from './create-referral';
import { keepAnonymisedCounts } from './erased-counts';
import { deleteInterviewMedia } from './interview-sweeps';
import { getJobRow, jobTitle, orgNameSlug } from './rows';
import { applications, applyAttempts, candidateTokens, referrals } from './schema';

export const REFERRAL_REMIND_AFTER_MS = 24 * 3600_000;
export const REFERRAL_KEEP_DAYS = 30;

/**
 * Candidates whose retention period ended are erased: CV bytes first, then the row (tokens, reviews, history
 * cascade), batch by batch. Rows are taken with SKIP LOCKED so two sweeps never fight; a batch that fails after
 * deleting bytes leaves rows whose files are already gone, which the next run deletes.
 */
export async function purgeExpiredCandidates(platform: Platform, limits: PurgeLimits = {}) {
  const result = await purgeInBatches(
    platform,
    'recruiting.candidates',
    async (tx, limit) => {
      const due = await tx
        .select({ id: applications.id, cvKey: applications.cvKey })
        .from(applications)
        .where(lt(applications.retainUntil, sql`now()`))
        .limit(limit)
        .for('update', { skipLocked: true });
      if (due.length === 0) return 0;
      for (const d of due) if (d.cvKey) await platform.storage.delete(d.cvKey);
      const ids = due.map((d) => d.id);
      await deleteInterviewMedia(platform, tx, ids);
      await keepAnonymisedCounts(tx, ids);
      await tx.delete(referrals).where(inArray(referrals.applicationId, ids));
      await tx.delete(applications).where(inArray(applications.id, ids));
      return due.length;
    },
    limits,
  );
  await platform.db.delete(candidateTokens).where(lt(candidateTokens.expiresAt, sql`now() - interval '1 day'`));
  // Application attempt counters whose window ended over an hour ago.
  await platform.db.delete(applyAttempts).where(lt(applyAttempts.expire, sql`now() - interval '1 hour'`));
  return result;
}

/** Referrals never answered are deleted after 30 days: the person did not agree, so nothing of them is kept. */
export async function purgeUnansweredReferrals(platform: Platform) {
  return purgeInBatches(platform, 'recruiting.referrals', async (tx, limit) => {
    const due = await tx
      .select({ id: referrals.id })
      .from(referrals)
      .where(
        and(eq(referrals.status, 'pending'), lt(referrals.createdAt, sql`now() - make_interval(days => ${REFERRAL_KEEP_DAYS})`)),
      )
      .limit(limit)
      .for('update', { skipLocked: true });
    if (due.length)
      await tx.delete(referrals).where(
        inArray(
          referrals.id,
          due.map((d) => d.id),
        ),
      );
    return due.length;
  });
}

/**
 * One reminder a day after the referral, at most once: each referral is claimed by a conditional update of
 * `reminded_at` in the transaction that writes its e-mail, so two sweeps at once remind once.
 */
export async function remindReferrals(platform: Platform): Promise<number> {
  const cutoff = new Date(Date.now() - REFERRAL_REMIND_AFTER_MS);
  const due = await platform.db
    .select({ id: referrals.id, orgId: referrals.orgId })
    .from(referrals)
    .where(and(eq(referrals.status, 'pending'), isNull(referrals.remindedAt), lt(referrals.createdAt, cutoff)))
    .limit(500);
  let sent = 0;
  for (const d of due) {
    const ctx = systemCtx(platform, d.orgId);
    const mail = await platform.db.transaction(async (tx) => {
      // The consent link is stored only as a hash, so the reminder carries a fresh one (the newest e-mail works).
      const token = crypto.randomBytes(32).toString('base64url');
      const [ref] = await tx
        .update(referrals)
        .set({ remindedAt: new Date(), tokenHash: hashToken(token) })
        .where(and(eq(referrals.id, d.id), eq(referrals.status, 'pending'), isNull(referrals.remindedAt)))
        .returning();
      if (!ref) return null;
      const tctx = { ...ctx, db: tx };
      const job = await getJobRow(tctx, ref.jobId);
      const org = await orgNameSlug(tctx);
      const referrer = (await findPeopleById(tctx, [ref.referrerId])).get(ref.referrerId)?.name ?? '';
      return queueMail(platform, tx, {
        orgId: ref.orgId,
        to: ref.email,
        template: 'recruiting_referral_reminder',
        locale: ref.locale,
        vars: {
          url: referralUrl(platform.config.publicUrl, org.slug, token),
          name: ref.name,
          referrer,
          title: jobTitle(job, ref.locale),
          org: org.name,
        },
      });
    });
    if (mail) {
      await mail.enqueue(platform);
      sent++;
    }
  }
  return sent;
}
