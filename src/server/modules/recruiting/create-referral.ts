import crypto from 'node:crypto';
import { actorOf, type Ctx, inTx, requirePermission } from '../../platform/ctx';
import { AppError } from '../../platform/errors';
import { recordAudit } from '../audit';
import { queueMail } from '../mail';
import { hashToken } from './candidate-tokens';
import { emailKey } from './email-key';
import { getJobRow, isAcceptingApplications, jobTitle, orgNameSlug } from './rows';
import { referrals } from './schema';
import { isUniqueViolation } from './unique-violation';

export const referralUrl = (publicUrl: string, slug: string, token: string) =>
  `${publicUrl}/careers/${encodeURIComponent(slug)}/referral/${token}`;

/**
 * An employee recommends someone. The candidate is asked by e-mail; nothing counts and HR see nothing of them until
 * they consent. Recommending oneself (any variant of one's own address) is recorded but earns nothing.
 */
export async function createReferral({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { jobId: string; name: string; email: string; why: string };
}): Promise<{ id: string }> {
  requirePermission(ctx, 'share');
  const me = actorOf(ctx);
  const key = emailKey(input.email);
  const token = crypto.randomBytes(32).toString('base64url');
  try {
    const { id, mail } = await inTx(ctx, async (tx) => {
      const job = await getJobRow(tx, input.jobId);
      if (!isAcceptingApplications(job)) throw new AppError('recruiting.job_not_open', 409);
      const [row] = await tx.db
        .insert(referrals)
        .values({
          orgId: ctx.orgId,
          jobId: job.id,
          referrerId: me.personId,
          name: input.name,
          email: input.email,
          emailKey: key,
          why: input.why,
          locale: me.locale,
          tokenHash: hashToken(token),
          selfReferral: key === emailKey(me.email),
        })
        .returning({ id: referrals.id });
      await recordAudit({
        ctx: tx,
        input: { action: 'recruiting.referred', targetType: 'referral', targetId: row.id, data: { jobId: job.id } },
      });
      const org = await orgNameSlug(tx);
      const mail = await queueMail(ctx.platform, tx.db, {
        orgId: ctx.orgId,
        to: input.email,
        template: 'recruiting_referral',
        locale: me.locale,
        vars: {
          url: referralUrl(ctx.platform.config.publicUrl, org.slug, token),
          name: input.name,
          referrer: me.name,
          title: jobTitle(job, me.locale),
          org: org.name,
          why: input.why,
        },
      });
      return { id: row.id, mail };
    });
    await mail.enqueue(ctx.platform);
    return { id };
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('recruiting.already_referred', 409);
    throw err;
  }
}
