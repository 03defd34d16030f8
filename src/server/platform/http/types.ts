import type { Logger } from 'pino';
import type { Actor } from '../ctx';
import type { Locale } from '../i18n';
import type { Platform } from '../platform';

/** Who is signed in, resolved from the session cookie by the auth module's middleware. */
export type Principal = { userId: string; orgId: string; actor: Actor };

export type AppEnv = {
  Variables: {
    requestId: string;
    locale: Locale;
    platform: Platform;
    principal: Principal | null;
    log: Logger;
  };
};
