import { createRoute } from '@hono/zod-openapi';
import { ErrorSchema, errorResponses } from '../../platform/http/errors';
import { createRouter, ctxOf } from '../../platform/http/router';
import { acceptInvitation } from './accept-invitation';
import type { Auth } from './better-auth';
import { AcceptBody, AcceptResult, InvitationInfo, InvitationParams, InviteBody, InviteResult } from './contract';
import { copyCookies } from './cookies';
import { getInvitation } from './get-invitation';
import { invitePeople } from './invite-people';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
const gone = { 410: { description: 'The invitation has expired', ...json(ErrorSchema) } };

export function invitationRoutes(auth: Auth) {
  const r = createRouter();

  // POST /api/invitations
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/invitations',
      tags: ['auth'],
      summary: 'Invite people without a login (pending or invited): e-mails a fresh single-use link in their language',
      request: { body: { ...json(InviteBody), required: true } },
      responses: { 200: { description: 'Invitations queued', ...json(InviteResult) }, ...errorResponses },
    }),
    async (c) => c.json(await invitePeople({ ctx: ctxOf(c, 'people.invite'), input: c.req.valid('json') }), 200),
  );

  // GET /api/invitations/{token}
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/invitations/{token}',
      tags: ['auth'],
      summary: 'Public: who an invitation is for (the token is the credential)',
      request: { params: InvitationParams },
      responses: { 200: { description: 'Invitation', ...json(InvitationInfo) }, ...errorResponses, ...gone },
    }),
    async (c) => c.json(await getInvitation(c.get('platform'), c.req.valid('param').token), 200),
  );

  // POST /api/invitations/{token}/accept
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/invitations/{token}/accept',
      tags: ['auth'],
      summary: 'Public: accept an invitation with a new password; creates the login and signs the person in',
      request: { params: InvitationParams, body: { ...json(AcceptBody), required: true } },
      responses: { 200: { description: 'Signed in', ...json(AcceptResult) }, ...errorResponses, ...gone },
    }),
    async (c) => {
      const input = { token: c.req.valid('param').token, password: c.req.valid('json').password };
      const { res, locale } = await acceptInvitation(c.get('platform'), auth, input, c.req.raw.headers);
      const out = c.json({ ok: true as const, locale }, 200);
      copyCookies(res, out);
      return out;
    },
  );

  return r;
}
