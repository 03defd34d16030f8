import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import type { Platform } from '../../platform/platform';
import { auditPasswordReset, sendResetMail } from './reset-mail';
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
        await sendResetMail(platform, { userId: u.id, email: u.email, token });
      },
      async onPasswordReset({ user: u }) {
        await auditPasswordReset(platform, u.id);
      },
    },
    // Reset tokens are stored hashed: the verification table never holds a usable link.
    verification: { storeIdentifier: 'hashed' },
    session: {
      expiresIn: 60 * 60 * 24 * 14,
      updateAge: 60 * 60 * 24,
      // The organisation the session acts in (see resolve-principal.ts); only the server sets it.
      additionalFields: { activeOrgId: { type: 'string', required: false, input: false } },
    },
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
