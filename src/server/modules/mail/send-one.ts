import { and, eq, sql } from 'drizzle-orm';
import type { Platform } from '../../platform/platform';
import { mailMessages } from './schema';
import { unseal } from './seal';
import { mayRetrySend } from './send-errors';
import { escapeHtml, HIDDEN_LINK } from './templates';

export const MAX_ATTEMPTS = 5;

type Row = typeof mailMessages.$inferSelect;

/** The message as the recipient gets it: a hidden link is unsealed and put back in place. Null when it cannot be. */
function contentOf(platform: Platform, msg: Row): { text: string; html: string; url?: string } | null {
  if (!msg.linkHidden) return { text: msg.text, html: msg.html };
  const url = msg.sealed ? unseal(platform.config.secret, msg.sealed) : null;
  if (!url) return null;
  return { text: msg.text.replaceAll(HIDDEN_LINK, url), html: msg.html.replaceAll(HIDDEN_LINK, escapeHtml(url)), url };
}

/** The end of an attempt, written only if this attempt still holds the message (status sending). */
async function settle(platform: Platform, id: string, set: Partial<Row>): Promise<void> {
  await platform.db
    .update(mailMessages)
    .set(set)
    .where(and(eq(mailMessages.id, id), eq(mailMessages.status, 'sending')));
}

/**
 * Sends one queued message, at most once: the message is claimed (queued → sending, a conditional update committed
 * before anything leaves), so of two jobs, retries or processes only one sends it, and no database transaction or
 * lock is held while the mail server is talked to. Then it becomes sent/kept, or failed with the error, or queued
 * again for the sweep when the failure shows the message did not get through (see send-errors.ts) and attempts are
 * left. If the process dies mid-send the message stays "sending": the sweep marks it failed after a while rather
 * than risk a second copy (a person must never get the same e-mail twice). A hidden link is erased once it has left.
 */
export async function sendOne(platform: Platform, messageId: string): Promise<void> {
  const [msg] = await platform.db
    .update(mailMessages)
    .set({ status: 'sending', attempts: sql`${mailMessages.attempts} + 1`, attemptedAt: sql`now()` })
    .where(and(eq(mailMessages.id, messageId), eq(mailMessages.status, 'queued')))
    .returning();
  if (!msg) return;
  const content = contentOf(platform, msg);
  if (!content) {
    // Sealed with another secret (or already erased): it can never be sent; say so instead of retrying.
    return settle(platform, msg.id, { status: 'failed', error: 'hidden link unavailable', sealed: null });
  }
  let outcome: 'sent' | 'kept';
  try {
    outcome = await platform.mail.send({
      from: platform.config.mailFrom,
      to: msg.to,
      subject: msg.subject,
      text: content.text,
      html: content.html,
    });
  } catch (err) {
    const retry = msg.attempts < MAX_ATTEMPTS && mayRetrySend(err);
    platform.logger.warn({ messageId: msg.id, attempts: msg.attempts, retry }, 'mail not sent');
    const error = String(err).slice(0, 500);
    return settle(platform, msg.id, retry ? { status: 'queued', error } : { status: 'failed', error, sealed: null });
  }
  if (outcome === 'kept' && content.url) {
    // No mail server (the embedded demo): the operator reads the link in the log and hands it over in person.
    platform.logger.warn({ to: msg.to, url: content.url }, 'no SMTP server: password-reset link for the operator');
  }
  await settle(platform, msg.id, { status: outcome, sentAt: new Date(), error: null, sealed: null });
}
