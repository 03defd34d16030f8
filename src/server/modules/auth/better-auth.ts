import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { and, asc, eq } from 'drizzle-orm';
import { isLocale } from '../../platform/i18n';
import type { Platform } from '../../platform/platform';
import { recordAudit } from '../audit';
import { queueMail } from '../mail';
import { people } from '../people/schema';
import { personCtx } from './person-ctx';
import { account, session, user, verification } from './schema';

export function createAuth(platform: Platform) {
  const { config } = platform;
  return betterAuth({
    appName: 'Voce',
    secret: config.secret,
    baseURL: config.publicUrl,
    basePath: '/api/auth/core',
    trustedOrigins: [config.publicUrl],
    database: drizzleAdapter(platform.db, { provider: 'pg', schema: { user, session, account, verification } }),
    emailAndPassword: {
      enabled: true,
      // Voce is invitation-only: accounts are created when a person accepts an invitation.
      disableSignUp: true,
      minPasswordLength: 10,
      resetPasswordTokenExpiresIn: 3600,
      revokeSessionsOnPasswordReset: true,
      async sendResetPassword({ user: u, token }) {
        const person = await activePersonOf(platform, u.id);
        if (!person) return;
        const locale = isLocale(person.locale) ? person.locale : 'it';
        const mail = await queueMail(platform.db, {
          orgId: person.orgId,
          to: u.email,
          template: 'password_reset',
          locale,
          vars: { name: person.name, url: `${config.publicUrl}/reset-password?token=${encodeURIComponent(token)}` },
        });
        await mail.enqueue(platform);
      },
      async onPasswordReset({ user: u }) {
        const person = await activePersonOf(platform, u.id);
        if (!person) return;
        await recordAudit({
          ctx: personCtx(platform, person),
          input: { action: 'auth.password_reset', targetType: 'person', targetId: person.id, targetName: person.name },
        });
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    advanced: {
      // No raw IPs are stored anywhere.
      ipAddress: { disableIpTracking: true },
      useSecureCookies: config.publicUrl.startsWith('https://'),
      cookiePrefix: 'voce',
    },
    telemetry: { enabled: false },
    logger: { disabled: true },
  });
}

export type Auth = ReturnType<typeof createAuth>;

/** The person behind a login (the oldest active membership when the login belongs to several organisations). */
async function activePersonOf(platform: Platform, userId: string) {
  const [person] = await platform.db
    .select()
    .from(people)
    .where(and(eq(people.userId, userId), eq(people.status, 'active')))
    .orderBy(asc(people.createdAt))
    .limit(1);
  return person;
}
