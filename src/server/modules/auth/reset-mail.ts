import { and, desc, eq } from 'drizzle-orm';
import { isLocale } from '../../platform/i18n';
import type { Platform } from '../../platform/platform';
import { recordAudit } from '../audit';
import { queueMail } from '../mail';
import { people } from '../people/schema';
import { activeMemberships } from './memberships';
import { personCtx } from './person-ctx';

/**
 * Queues the password-reset e-mail of a login. A reset belongs to the login, not to an organisation: the e-mail goes
 * in the language of the active membership updated last (choosing a language updates it), ties broken by id,
 * and is listed in that organisation's outbox — with its link hidden, so which one is picked grants nothing.
 */
export async function sendResetMail(platform: Platform, input: { userId: string; email: string; token: string }) {
  const [person] = await platform.db
    .select()
    .from(people)
    .where(and(eq(people.userId, input.userId), eq(people.status, 'active')))
    .orderBy(desc(people.updatedAt), desc(people.id))
    .limit(1);
  if (!person) return;
  const url = `${platform.config.publicUrl}/reset-password?token=${encodeURIComponent(input.token)}`;
  const mail = await queueMail(platform, platform.db, {
    orgId: person.orgId,
    to: input.email,
    template: 'password_reset',
    locale: isLocale(person.locale) ? person.locale : 'it',
    vars: { name: person.name, url },
  });
  await mail.enqueue(platform);
}

/** A password reset is audited in every organisation the login belongs to: each one's administrators see it. */
export async function auditPasswordReset(platform: Platform, userId: string) {
  for (const { person } of await activeMemberships(platform.db, userId)) {
    await recordAudit({
      ctx: personCtx(platform, person),
      input: { action: 'auth.password_reset', targetType: 'person', targetId: person.id, targetName: person.name },
    });
  }
}
