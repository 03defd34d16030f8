import { and, count, eq, gt, isNotNull, sql } from 'drizzle-orm';
import type { Platform } from '../../platform/platform';
import { mailMessages } from '../mail/schema';
import { people } from '../people/schema';
import type { Auth } from './better-auth';

/** At most this many reset e-mails per address per window: enough for a typo, useless for mail-bombing. */
const LIMIT = 3;
const WINDOW = sql`now() - interval '15 minutes'`;

/**
 * Sends a reset link only to an active person with a login; answers the same either way (no account enumeration).
 * The rate limit reads the outbox itself, so it holds across processes and restarts.
 */
export async function forgotPassword(platform: Platform, auth: Auth, input: { email: string }): Promise<void> {
  const email = input.email.toLowerCase();
  const [person] = await platform.db
    .select({ id: people.id })
    .from(people)
    .where(and(sql`lower(${people.email}) = ${email}`, eq(people.status, 'active'), isNotNull(people.userId)))
    .limit(1);
  if (!person) return;
  const [recent] = await platform.db
    .select({ n: count() })
    .from(mailMessages)
    .where(and(eq(mailMessages.to, email), eq(mailMessages.template, 'password_reset'), gt(mailMessages.createdAt, WINDOW)));
  if (recent.n >= LIMIT) {
    platform.logger.warn('password reset rate limit reached');
    return;
  }
  // better-auth creates the token and calls sendResetPassword (better-auth.ts), which queues the e-mail.
  await auth.api.requestPasswordReset({ body: { email } });
}
