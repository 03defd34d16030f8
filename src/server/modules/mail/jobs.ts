import { and, eq, lt, sql } from 'drizzle-orm';
import { z } from 'zod';
import { defineJob } from '../../platform/jobs';
import { mailMessages } from './schema';
import { sendOne } from './send-one';

/** Sends one queued message (see sendOne). */
export const sendMailJob = defineJob({
  name: 'mail.send',
  schema: z.object({ messageId: z.string().uuid() }),
  retryLimit: 5,
  async handle(platform, { messageId }) {
    await sendOne(platform, messageId);
  },
});

/** Sends a batch of queued messages (bulk invitations): one job per batch instead of thousands. */
export const sendMailBatchJob = defineJob({
  name: 'mail.send-batch',
  schema: z.object({ messageIds: z.array(z.string().uuid()).max(1000) }),
  retryLimit: 5,
  async handle(platform, { messageIds }) {
    for (const id of messageIds) await sendOne(platform, id);
  },
});

/** Safety net: re-queues messages whose job was lost (a crash between commit and enqueue) or whose send failed. */
export const sweepMailJob = defineJob({
  name: 'mail.sweep',
  schema: z.object({}).passthrough(),
  cron: '* * * * *',
  async handle(platform) {
    const stale = await platform.db
      .select({ id: mailMessages.id })
      .from(mailMessages)
      .where(and(eq(mailMessages.status, 'queued'), lt(mailMessages.createdAt, sql`now() - interval '1 minute'`)))
      .limit(500);
    for (const m of stale) await platform.jobs.send(sendMailJob, { messageId: m.id }, { singletonKey: m.id });
  },
});
