import { and, eq, lt, sql } from 'drizzle-orm';
import { z } from 'zod';
import { defineJob } from '../../platform/jobs';
import type { Platform } from '../../platform/platform';
import { purgeOutboxBodies } from './purge-outbox-bodies';
import { mailMessages } from './schema';
import { sendOne } from './send-one';

/**
 * Sends one queued message (see sendOne: at most once, whatever happens to the job). `short` with the message id as
 * key: the sweep re-sending a message whose job is still waiting (a busy or stopped worker) adds no job.
 */
export const sendMailJob = defineJob({
  name: 'mail.send',
  schema: z.object({ messageId: z.string().uuid() }),
  policy: 'short',
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

/** Longer than any live attempt takes (nodemailer gives up on a silent server after 10 minutes). */
const INTERRUPTED_AFTER = sql`interval '30 minutes'`;
export const INTERRUPTED = 'interrupted: the sending process stopped mid-send; not sent again, it may have been delivered';

/**
 * Safety net, every minute. Messages still queued get a send job again: their job was lost (a crash between commit
 * and enqueue), or their last attempt failed and it is time for the next (1, 2, 4, 8 minutes after the attempt).
 * Messages left "sending" by a process that died mid-send are marked failed, never sent again: they may have left.
 */
export async function sweepMail(platform: Platform, scope: { orgId?: string } = {}): Promise<void> {
  // scope: one organisation's messages only (tests share one database); the scheduled sweep takes every one.
  const inScope = scope.orgId ? eq(mailMessages.orgId, scope.orgId) : undefined;
  await platform.db
    .update(mailMessages)
    .set({ status: 'failed', error: INTERRUPTED, sealed: null })
    .where(and(eq(mailMessages.status, 'sending'), lt(mailMessages.attemptedAt, sql`now() - ${INTERRUPTED_AFTER}`), inScope));
  const due = sql`coalesce(${mailMessages.attemptedAt}, ${mailMessages.createdAt}) < now() - interval '1 minute' * power(2, ${mailMessages.attempts})`;
  const stale = await platform.db
    .select({ id: mailMessages.id })
    .from(mailMessages)
    .where(and(eq(mailMessages.status, 'queued'), due, inScope))
    .limit(500);
  for (const m of stale) await platform.jobs.send(sendMailJob, { messageId: m.id }, { singletonKey: m.id });
}

export const sweepMailJob = defineJob({
  name: 'mail.sweep',
  schema: z.object({}).passthrough(),
  cron: '* * * * *',
  async handle(platform) {
    await sweepMail(platform);
  },
});

/** Retention: empties the bodies of messages older than OUTBOX_RETENTION_DAYS (see purge-outbox-bodies.ts). */
export const purgeOutboxBodiesJob = defineJob({
  name: 'mail.purge-bodies',
  schema: z.object({}),
  cron: '25 * * * *',
  async handle(platform) {
    await purgeOutboxBodies(platform);
  },
});
