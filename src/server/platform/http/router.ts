import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Ctx } from '../ctx';
import { AppError, forbidden, unauthenticated } from '../errors';
import { can, type Permission } from '../permissions';
import { validationError } from './errors';
import type { AppEnv } from './types';

/** A module's router: zod validation failures answer in the common error shape. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return validationError(c, result.error);
    },
  });
}

/** The operation context for a signed-in request; checks the named permission on the server. */
export function ctxOf(c: Context<AppEnv>, permission?: Permission): Ctx {
  const principal = c.get('principal');
  // Signed in, but in several organisations and none chosen yet: the web app shows the chooser on this code.
  if (!principal) throw c.get('login') ? new AppError('auth.choose_organisation', 409) : unauthenticated();
  if (permission && !can(principal.actor.roles, permission)) throw forbidden();
  const platform = c.get('platform');
  return { orgId: principal.orgId, actor: principal.actor, db: platform.db, platform, locale: c.get('locale') };
}
