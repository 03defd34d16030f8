import { createRoute } from '@hono/zod-openapi';
import { clientAddress } from '../../platform/http/client-address';
import { errorResponses } from '../../platform/http/errors';
import { createRouter } from '../../platform/http/router';
import type { Principal } from '../../platform/http/types';
import type { Platform } from '../../platform/platform';
import { recordAudit } from '../audit';
import type { Auth } from './better-auth';
import { SignInBody } from './contract';
import { copyCookies } from './cookies';
import { invitationRoutes } from './invitation-routes';
import { meRoutes } from './me-routes';
import { passwordRoutes } from './password-routes';
import { signIn } from './sign-in';

export function authRoutes(auth: Auth) {
  const r = createRouter();

  // POST /api/auth/sign-in
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/sign-in',
      tags: ['auth'],
      summary: 'Sign in with e-mail and password (sets the session cookie)',
      request: { body: { content: { 'application/json': { schema: SignInBody } }, required: true } },
      responses: { 200: { description: 'Signed in' }, ...errorResponses },
    }),
    async (c) => {
      const res = await signIn(c.get('platform'), auth, c.req.valid('json'), c.req.raw.headers, clientAddress(c));
      const out = c.json({ ok: true }, 200);
      copyCookies(res, out);
      return out;
    },
  );

  // POST /api/auth/sign-out
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/sign-out',
      tags: ['auth'],
      summary: 'Sign out (ends the session)',
      responses: { 200: { description: 'Signed out' } },
    }),
    async (c) => {
      const out = c.json({ ok: true }, 200);
      const principal = c.get('principal');
      if (principal) await recordSignOut(c.get('platform'), principal);
      try {
        const res = await auth.api.signOut({ headers: c.req.raw.headers, asResponse: true });
        copyCookies(res, out);
      } catch {
        // Already signed out: nothing to end.
      }
      return out;
    },
  );

  r.route('/', meRoutes());
  r.route('/', invitationRoutes(auth));
  r.route('/', passwordRoutes(auth));
  return r;
}

async function recordSignOut(platform: Platform, principal: Principal) {
  const { actor } = principal;
  await recordAudit({
    ctx: { orgId: principal.orgId, actor, db: platform.db, platform, locale: actor.locale },
    input: { action: 'auth.sign_out', targetType: 'person', targetId: actor.personId, targetName: actor.name },
  });
}
