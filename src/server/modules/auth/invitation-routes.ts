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
      summary:
        'Invite people of the organisation who are not members yet (pending or invited): e-mails a fresh single-use ' +
        'link in their language. A repeat within 2 minutes of the last invitation returns the same result without a ' +
        'new link or e-mail. People holding the admin role can be invited only by an admin: others are listed in ' +
        '`refused`, and when every one is refused the answer is 403 people.admin_role_required.',
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
      summary:
        'Public: who an invitation is for (the token is the credential), whether the e-mail already has a login and ' +
        'whether this browser is signed in as it',
      request: { params: InvitationParams },
      responses: { 200: { description: 'Invitation', ...json(InvitationInfo) }, ...errorResponses, ...gone },
    }),
    async (c) => c.json(await getInvitation(c.get('platform'), auth, c.req.valid('param').token, c.req.raw.headers), 200),
  );

  // POST /api/invitations/{token}/accept
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/invitations/{token}/accept',
      tags: ['auth'],
      summary:
        'Public: accept an invitation. E-mail without a login: `password` is required, the login is created and the ' +
        'person signed in. E-mail with a login: only that login, signed in, can accept (no password; 409 ' +
        'auth.invitation_sign_in otherwise, 403 auth.invitation_other_account for another login); the membership is ' +
        'added, no credential changes, and the session switches to the organisation.',
      request: { params: InvitationParams, body: { ...json(AcceptBody), required: true } },
      responses: {
        200: { description: 'Joined (and signed in)', ...json(AcceptResult) },
        ...errorResponses,
        ...gone,
        409: { description: 'The e-mail has a login: sign in first', ...json(ErrorSchema) },
        422: { description: 'A password is required', ...json(ErrorSchema) },
      },
    }),
    async (c) => {
      const input = { token: c.req.valid('param').token, password: c.req.valid('json').password };
      const { res, locale } = await acceptInvitation(c.get('platform'), auth, input, c.req.raw.headers);
      const out = c.json({ ok: true as const, locale }, 200);
      if (res) copyCookies(res, out);
      return out;
    },
  );

  return r;
}
