import crypto from 'node:crypto';
import { type Ctx, inTx } from '../../platform/ctx';
import { AppError } from '../../platform/errors';
import { recordAudit } from '../audit';
import { queueMail } from '../mail';
import { countApplyAttempt } from './apply-limits';
import { attributionOf } from './attribution';
import { issueToken } from './candidate-tokens';
import type { ApplyFieldsT } from './contract';
import { cvKey, readCv } from './cv';
import { emailKey } from './email-key';
import { awardPoints } from './points';
import { isReferrersOwnBrowser } from './referrer-visitor';
import { getJobRow, isAcceptingApplications, jobTitle, orgSlug } from './rows';
import { applications, stageEvents } from './schema';
import { settingsOf } from './settings';
import { isUniqueViolation } from './unique-violation';

export const statusUrl = (publicUrl: string, slug: string, token: string) =>
  `${publicUrl}/careers/${encodeURIComponent(slug)}/status/${token}`;

export const addMonths = (d: Date, months: number) => {
  const r = new Date(d);
  r.setUTCMonth(r.getUTCMonth() + months);
  return r;
};

/**
 * A candidate applies without an account (ctx: the organisation's system context, no actor). Order matters: the
 * limits are counted first, the job checked, the CV read by content; then the bytes are stored and the row written in
 * one transaction, and if that transaction fails the stored bytes are removed, so nothing is left half-stored.
 */
export async function applyToJob({
  ctx,
  input,
}: {
  ctx: Ctx;
  /** visitorHash: the applicant browser's hash of today (links' hashing), to tell the referrer's own browser. */
  input: ApplyFieldsT & { jobId: string; cv: unknown; clientAddress: string; visitorHash?: string };
}): Promise<{ applicationId: string }> {
  const key = emailKey(input.email);
  await countApplyAttempt(ctx.platform, input.clientAddress, key);
  const job = await getJobRow(ctx, input.jobId);
  if (!isAcceptingApplications(job)) throw new AppError('recruiting.job_closed', 409);
  const bytes = await readCv(input.cv);
  const attribution = await attributionOf(ctx, job, input.ref);
  const ownBrowser = !!attribution && (await isReferrersOwnBrowser(ctx, attribution.referrerId, input.visitorHash));
  const settings = await settingsOf(ctx.db, ctx.orgId);
  const storageKey = cvKey(ctx.orgId);
  await ctx.platform.storage.put(storageKey, bytes, 'application/pdf');
  try {
    const { id, mail } = await inTx(ctx, async (tx) => {
      const now = new Date();
      const self = !!attribution && (attribution.referrerEmailKey === key || ownBrowser);
      const id = crypto.randomUUID();
      await tx.db.insert(applications).values({
        id,
        orgId: ctx.orgId,
        jobId: job.id,
        name: input.name,
        email: input.email,
        emailKey: key,
        locale: input.locale,
        cvKey: storageKey,
        cvSize: bytes.length,
        consentAt: now,
        retainUntil: addMonths(now, settings.retentionMonths),
        source: attribution ? 'share' : 'careers',
        linkId: attribution?.linkId ?? null,
        referrerId: attribution?.referrerId ?? null,
        selfReferral: self,
      });
      await tx.db.insert(stageEvents).values({ orgId: ctx.orgId, applicationId: id, stage: 'applied', at: now });
      if (attribution && !self) await awardPoints(tx, attribution.referrerId, 'application', id, settings.points);
      await recordAudit({
        ctx: tx,
        input: { action: 'recruiting.applied', targetType: 'application', targetId: id, data: { jobId: job.id } },
      });
      const token = await issueToken(tx, id, 'link');
      const mail = await queueMail(ctx.platform, tx.db, {
        orgId: ctx.orgId,
        to: input.email,
        template: 'recruiting_status_link',
        locale: input.locale,
        vars: {
          url: statusUrl(ctx.platform.config.publicUrl, await orgSlug(tx), token),
          name: input.name,
          title: jobTitle(job, input.locale),
        },
      });
      return { id, mail };
    });
    await mail.enqueue(ctx.platform);
    return { applicationId: id };
  } catch (err) {
    await ctx.platform.storage.delete(storageKey);
    if (isUniqueViolation(err)) throw new AppError('recruiting.already_applied', 409);
    throw err;
  }
}
