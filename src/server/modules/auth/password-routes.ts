import { createRoute } from '@hono/zod-openapi';
import { clientAddress } from '../../platform/http/client-address';
import { errorResponses } from '../../platform/http/errors';
import { createRouter, ctxOf } from '../../platform/http/router';
import type { Auth } from './better-auth';
import { changePassword } from './change-password';
import { ChangePasswordBody, ForgotBody, OkResult, ResetBody } from './contract';
import { copyCookies } from './cookies';
import { forgotPassword } from './forgot-password';
import { resetPassword } from './reset-password';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });

export function passwordRoutes(auth: Auth) {
  const r = createRouter();

  // POST /api/auth/forgot-password
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/forgot-password',
      tags: ['auth'],
      summary: 'Public: e-mail a password-reset link if an active account exists (always answers ok)',
      request: { body: { ...json(ForgotBody), required: true } },
      responses: { 200: { description: 'Accepted', ...json(OkResult) }, ...errorResponses },
    }),
    async (c) => {
      await forgotPassword(c.get('platform'), auth, c.req.valid('json'));
      return c.json({ ok: true as const }, 200);
    },
  );

  // POST /api/auth/reset-password
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/reset-password',
      tags: ['auth'],
      summary: 'Public: choose a new password with the e-mailed token (ends every session)',
      request: { body: { ...json(ResetBody), required: true } },
      responses: { 200: { description: 'Password changed', ...json(OkResult) }, ...errorResponses },
    }),
    async (c) => {
      await resetPassword(auth, c.req.valid('json'));
      return c.json({ ok: true as const }, 200);
    },
  );

  // POST /api/me/password
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/me/password',
      tags: ['auth'],
      summary:
        'Change my password with the current one (400 auth.wrong_password otherwise); ends my other sessions and ' +
        'renews this one (new session cookie)',
      request: { body: { ...json(ChangePasswordBody), required: true } },
      responses: { 200: { description: 'Password changed', ...json(OkResult) }, ...errorResponses },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      const input = c.req.valid('json');
      const res = await changePassword({ ctx, auth, input, headers: c.req.raw.headers, client: clientAddress(c) });
      const out = c.json({ ok: true as const }, 200);
      copyCookies(res, out);
      return out;
    },
  );

  return r;
}
