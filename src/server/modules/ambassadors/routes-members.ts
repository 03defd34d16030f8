import { createRoute } from '@hono/zod-openapi';
import { createRouter, ctxOf } from '../../platform/http/router';
import {
  ItemParams,
  LeavingBody,
  MemberFilters,
  MemberList,
  MyProgrammes,
  Ok,
  ProgrammeParams,
  QuizAnswersBody,
  QuizResult,
  SuspendBody,
} from './contract';
import { listMembers } from './list-members';
import { reinstateMember, setLeaving, suspendMember } from './member-actions';
import { myProgrammes } from './my-programmes';
import { recordSharerVisitor } from './record-sharer-visitor';
import { answer, body, tags } from './route-kit';
import { submitQuiz } from './submit-quiz';

/** The member's own view and quiz; the members list and what comms may do to a membership. */
export function memberRoutes() {
  const r = createRouter();

  // GET /api/ambassadors/me
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/ambassadors/me',
      tags,
      summary: 'My programmes: application, membership, readiness, guidelines to accept, quiz',
      responses: answer('My programmes', MyProgrammes),
    }),
    async (c) => {
      const ctx = ctxOf(c, 'share');
      const mine = await myProgrammes({ ctx });
      if (mine.items.some((p) => p.member))
        await recordSharerVisitor(ctx, (c.env as { incoming?: import('node:http').IncomingMessage })?.incoming);
      return c.json(mine, 200);
    },
  );

  // POST /api/ambassadors/programmes/{id}/quiz
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/ambassadors/programmes/{id}/quiz',
      tags,
      summary: 'Answer the programme quiz (one answer index per question)',
      request: { params: ProgrammeParams, ...body(QuizAnswersBody) },
      responses: answer('Result', QuizResult),
    }),
    async (c) =>
      c.json(
        await submitQuiz({ ctx: ctxOf(c, 'share'), input: { ...c.req.valid('json'), programmeId: c.req.valid('param').id } }),
        200,
      ),
  );

  // GET /api/programmes/{id}/members
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/programmes/{id}/members',
      tags,
      summary: 'Members with readiness (a manager sees their team)',
      request: { params: ProgrammeParams, query: MemberFilters },
      responses: answer('Members', MemberList),
    }),
    async (c) =>
      c.json(
        await listMembers({
          ctx: ctxOf(c, 'programme.nominate'),
          input: { ...c.req.valid('query'), programmeId: c.req.valid('param').id },
        }),
        200,
      ),
  );

  // POST /api/programmes/{id}/members/{itemId}/suspend
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/programmes/{id}/members/{itemId}/suspend',
      tags,
      summary: "Suspend a member's sharing through Voce, with a reason they see",
      request: { params: ItemParams, ...body(SuspendBody) },
      responses: answer('Suspended', Ok),
    }),
    async (c) =>
      c.json(
        await suspendMember({
          ctx: ctxOf(c, 'programme.manage'),
          input: { memberId: c.req.valid('param').itemId, reason: c.req.valid('json').reason },
        }),
        200,
      ),
  );

  // POST /api/programmes/{id}/members/{itemId}/reinstate
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/programmes/{id}/members/{itemId}/reinstate',
      tags,
      summary: 'Lift a suspension',
      request: { params: ItemParams },
      responses: answer('Reinstated', Ok),
    }),
    async (c) =>
      c.json(await reinstateMember({ ctx: ctxOf(c, 'programme.manage'), input: { memberId: c.req.valid('param').itemId } }), 200),
  );

  // PUT /api/programmes/{id}/members/{itemId}/leaving
  r.openapi(
    createRoute({
      method: 'put',
      path: '/api/programmes/{id}/members/{itemId}/leaving',
      tags,
      summary: "Record or clear a member's leaving date (raises the valanga check)",
      request: { params: ItemParams, ...body(LeavingBody) },
      responses: answer('Saved', Ok),
    }),
    async (c) =>
      c.json(
        await setLeaving({
          ctx: ctxOf(c, 'programme.manage'),
          input: { memberId: c.req.valid('param').itemId, leavingOn: c.req.valid('json').leavingOn },
        }),
        200,
      ),
  );

  return r;
}
