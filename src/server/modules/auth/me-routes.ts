import { createRoute } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { ofOrg } from '../../platform/ctx';
import { unauthenticated } from '../../platform/errors';
import { ErrorSchema, errorResponses } from '../../platform/http/errors';
import { createRouter, ctxOf } from '../../platform/http/router';
import { permissionsOf } from '../../platform/permissions';
import { organisations } from '../organisations/schema';
import { people } from '../people/schema';
import { MeSchema, MyOrganisations, OkResult, SwitchOrganisationBody, UpdateMeBody } from './contract';
import { listMyOrganisations } from './list-my-organisations';
import { switchOrganisation } from './switch-organisation';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
const choose = { 409: { description: 'Several organisations and none chosen: auth.choose_organisation', ...json(ErrorSchema) } };

/** The signed-in person: who I am, my preferences, and which of my organisations this session acts in. */
export function meRoutes() {
  const r = createRouter();

  // GET /api/me
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/me',
      tags: ['auth'],
      summary:
        'The signed-in person in the organisation this session acts in, their roles and permissions; 409 ' +
        'auth.choose_organisation when they belong to several and have not chosen one (see /api/me/organisations)',
      responses: { 200: { description: 'Me', ...json(MeSchema) }, ...errorResponses, ...choose },
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
      request: { body: { ...json(UpdateMeBody), required: true } },
      responses: { 200: { description: 'Updated' }, ...errorResponses, ...choose },
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

  // GET /api/me/organisations
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/me/organisations',
      tags: ['auth'],
      summary: "The organisations I belong to (active memberships) with my roles in each; `current` is this session's",
      responses: { 200: { description: 'My organisations', ...json(MyOrganisations) }, ...errorResponses },
    }),
    async (c) => {
      const login = c.get('login');
      if (!login) throw unauthenticated();
      const currentOrgId = c.get('principal')?.orgId ?? null;
      return c.json(await listMyOrganisations({ platform: c.get('platform'), login, currentOrgId }), 200);
    },
  );

  // POST /api/me/organisation
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/me/organisation',
      tags: ['auth'],
      summary: 'Enter another of my organisations: this session acts there from now on (404 if I am not an active member)',
      request: { body: { ...json(SwitchOrganisationBody), required: true } },
      responses: { 200: { description: 'Switched', ...json(OkResult) }, ...errorResponses },
    }),
    async (c) => {
      const login = c.get('login');
      if (!login) throw unauthenticated();
      await switchOrganisation({ platform: c.get('platform'), login, input: c.req.valid('json') });
      return c.json({ ok: true as const }, 200);
    },
  );

  return r;
}
