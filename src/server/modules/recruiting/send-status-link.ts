import { desc, eq } from 'drizzle-orm';
import { type Ctx, inTx, ofOrg } from '../../platform/ctx';
import { queueMail } from '../mail';
import { statusUrl } from './apply';
import { countApplyAttempt } from './apply-limits';
import { issueToken } from './candidate-tokens';
import { emailKey } from './email-key';
import { getJobRow, jobTitle, orgSlug } from './rows';
import { applications } from './schema';

/** A candidate with several applications gets a link for each of the latest few (each status page is one application). */
const MAX_LINKS = 3;

/**
 * A new status link by e-mail, asked from the page that says the session or the link has expired. The answer is the
 * same whether or not the address has applied (nobody learns who applied from it), and it counts against the same
 * limits as applying (per client and per address), so it cannot be used to flood an inbox. The link goes only to the
 * address the application was made with.
 */
export async function sendStatusLink({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { email: string; clientAddress: string };
}): Promise<void> {
  const key = emailKey(input.email);
  await countApplyAttempt(ctx.platform, input.clientAddress, key);
  const found = await ctx.db
    .select()
    .from(applications)
    .where(ofOrg(ctx, applications, eq(applications.emailKey, key)))
    .orderBy(desc(applications.createdAt))
    .limit(MAX_LINKS);
  for (const app of found) {
    const job = await getJobRow(ctx, app.jobId);
    const mail = await inTx(ctx, async (tx) => {
      const token = await issueToken(tx, app.id, 'link');
      return queueMail(ctx.platform, tx.db, {
        orgId: ctx.orgId,
        to: app.email,
        template: 'recruiting_status_link',
        locale: app.locale,
        vars: {
          url: statusUrl(ctx.platform.config.publicUrl, await orgSlug(tx), token),
          name: app.name,
          title: jobTitle(job, app.locale),
        },
      });
    });
    await mail.enqueue(ctx.platform);
  }
}
