import { and, eq } from 'drizzle-orm';
import type { Platform } from '../../platform/platform';
import { mailMessages } from './schema';

export const MAX_ATTEMPTS = 5;

/**
 * Sends one queued message. Idempotent: a message leaves "queued" once, under a row lock. A failed attempt is
 * counted and the message stays queued (the sweep retries it) until MAX_ATTEMPTS, then it is marked failed.
 */
export async function sendOne(platform: Platform, messageId: string): Promise<void> {
  await platform.db.transaction(async (tx) => {
    const [msg] = await tx
      .select()
      .from(mailMessages)
      .where(and(eq(mailMessages.id, messageId), eq(mailMessages.status, 'queued')))
      .for('update', { skipLocked: true });
    if (!msg) return;
    try {
      const outcome = await platform.mail.send({
        from: platform.config.mailFrom,
        to: msg.to,
        subject: msg.subject,
        text: msg.text,
        html: msg.html,
      });
      await tx
        .update(mailMessages)
        .set({ status: outcome, sentAt: new Date(), attempts: msg.attempts + 1, error: null })
        .where(eq(mailMessages.id, msg.id));
    } catch (err) {
      const attempts = msg.attempts + 1;
      platform.logger.warn({ messageId: msg.id, attempts }, 'mail not sent');
      await tx
        .update(mailMessages)
        .set({ attempts, error: String(err).slice(0, 500), status: attempts >= MAX_ATTEMPTS ? 'failed' : 'queued' })
        .where(eq(mailMessages.id, msg.id));
    }
  });
}
