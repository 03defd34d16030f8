import { createRoute } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { ofOrg } from '../../platform/ctx';
import { errorResponses } from '../../platform/http/errors';
import { createRouter, ctxOf } from '../../platform/http/router';
import type { Principal } from '../../platform/http/types';
import { permissionsOf } from '../../platform/permissions';
import type { Platform } from '../../platform/platform';
import { recordAudit } from '../audit';
import { organisations } from '../organisations/schema';
import { people } from '../people/schema';
import type { Auth } from './better-auth';
import { MeSchema, SignInBody, UpdateMeBody } from './contract';
import { copyCookies } from './cookies';
import { invitationRoutes } from './invitation-routes';
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
      const res = await signIn(c.get('platform'), auth, c.req.valid('json'), c.req.raw.headers);
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

  // GET /api/me
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/me',
      tags: ['auth'],
      summary: 'The signed-in person, their roles and permissions',
      responses: { 200: { description: 'Me', content: { 'application/json': { schema: MeSchema } } }, ...errorResponses },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      const actor = ctx.actor!;
      const [org] = await ctx.db.select().from(organisations).where(eq(organisations.id, ctx.orgId));
      return c.json(
        {
          personId: actor.personId,
          name: actor.name,
          email: actor.email,
          locale: actor.locale,
          roles: actor.roles,
          permissions: permissionsOf(actor.roles),
          organisation: { id: org.id, name: org.name },
        },
        200,
      );
    },
  );

  // PATCH /api/me
  r.openapi(
    createRoute({
      method: 'patch',
      path: '/api/me',
      tags: ['auth'],
      summary: 'Update my preferences (language)',
      request: {
        body: { content: { 'application/json': { schema: UpdateMeBody } }, required: true },
      },
      responses: { 200: { description: 'Updated' }, ...errorResponses },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      const { locale } = c.req.valid('json');
      await ctx.db
        .update(people)
        .set({ locale, updatedAt: new Date() })
        .where(ofOrg(ctx, people, eq(people.id, ctx.actor!.personId)));
      return c.json({ ok: true }, 200);
    },
  );

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
