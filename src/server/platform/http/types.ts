import type { Logger } from 'pino';
import type { Actor } from '../ctx';
import type { Locale } from '../i18n';
import type { Platform } from '../platform';

/** Who is signed in, resolved from the session cookie by the auth module's middleware. */
export type Principal = { userId: string; orgId: string; actor: Actor };

/**
 * The signed-in login, whatever organisation it acts in: set even when a person with several organisations has not
 * chosen one yet (then principal is null and tenant routes answer 409 auth.choose_organisation).
 */
export type Login = { userId: string; sessionId: string; email: string; name: string };

export type AppEnv = {
  Variables: {
    requestId: string;
    locale: Locale;
    platform: Platform;
    principal: Principal | null;
    login: Login | null;
    log: Logger;
  };
};
