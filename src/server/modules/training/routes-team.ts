import { createRoute } from '@hono/zod-openapi';
import { createRouter, ctxOf } from '../../platform/http/router';
import { checkIn } from './check-in';
import { CheckInBody, EndorsementBody, IdParams, NudgeBody, Ok, Roster, TeamTraining, TeamTrainingList } from './contract';
import { decideEnrolment } from './decide-enrolment';
import { endorse } from './endorse';
import { getRoster } from './get-roster';
import { getTeamTraining } from './get-team-training';
import { listTeamTrainings } from './list-team-trainings';
import { nudge } from './nudge';
import { body, json, tags } from './route-kit';

/** The manager kit (team status, endorsement, nudges, approvals) and the trainer's check-in. */
export function teamRoutes() {
  const r = createRouter();

  // GET /api/training/team
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/training/team',
      tags,
      summary: 'Manager kit: my team on every training',
      responses: json('Team', TeamTrainingList),
    }),
    async (c) => c.json(await listTeamTrainings({ ctx: ctxOf(c, 'training.team') }), 200),
  );

  // GET /api/training/team/{id}
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/training/team/{id}',
      tags,
      summary: 'Manager kit: each team member on one training',
      request: { params: IdParams },
      responses: json('Team training', TeamTraining),
    }),
    async (c) => c.json(await getTeamTraining({ ctx: ctxOf(c, 'training.team'), input: c.req.valid('param') }), 200),
  );

  // PUT /api/training/trainings/{id}/endorsement
  r.openapi(
    createRoute({
      method: 'put',
      path: '/api/training/trainings/{id}/endorsement',
      tags,
      summary: 'Endorse a training with a note my team sees',
      request: { params: IdParams, ...body(EndorsementBody) },
      responses: json('Team training', TeamTraining),
    }),
    async (c) => {
      const ctx = ctxOf(c, 'training.team');
      return c.json(await endorse({ ctx, input: { trainingId: c.req.valid('param').id, note: c.req.valid('json').note } }), 200);
    },
  );

  // DELETE /api/training/trainings/{id}/endorsement
  r.openapi(
    createRoute({
      method: 'delete',
      path: '/api/training/trainings/{id}/endorsement',
      tags,
      summary: 'Withdraw my endorsement',
      request: { params: IdParams },
      responses: json('Team training', TeamTraining),
    }),
    async (c) =>
      c.json(await endorse({ ctx: ctxOf(c, 'training.team'), input: { trainingId: c.req.valid('param').id, note: null } }), 200),
  );

  // POST /api/training/trainings/{id}/nudges
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/training/trainings/{id}/nudges',
      tags,
      summary: 'Nudge one person of my team (at most one per person per week)',
      request: { params: IdParams, ...body(NudgeBody) },
      responses: json('Team training', TeamTraining),
    }),
    async (c) => {
      const ctx = ctxOf(c, 'training.team');
      return c.json(await nudge({ ctx, input: { trainingId: c.req.valid('param').id, body: c.req.valid('json') } }), 200);
    },
  );

  for (const decision of ['approve', 'decline'] as const) {
    // POST /api/training/enrolments/{id}/approve and /decline
    r.openapi(
      createRoute({
        method: 'post',
        path: `/api/training/enrolments/{id}/${decision}`,
        tags,
        summary: decision === 'approve' ? 'Approve a request of my team' : 'Decline a request of my team',
        request: { params: IdParams },
        responses: json('Decided', Ok),
      }),
      async (c) => {
        await decideEnrolment({ ctx: ctxOf(c), input: { id: c.req.valid('param').id, decision } });
        return c.json({ ok: true as const }, 200);
      },
    );
  }

  // GET /api/training/sessions/{id}/roster
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/training/sessions/{id}/roster',
      tags,
      summary: 'Check-in list of a session I lead',
      request: { params: IdParams },
      responses: json('Roster', Roster),
    }),
    async (c) => c.json(await getRoster({ ctx: ctxOf(c, 'training.learn'), input: c.req.valid('param') }), 200),
  );

  // POST /api/training/sessions/{id}/check-in
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/training/sessions/{id}/check-in',
      tags,
      summary: 'Check a participant in (completes the training) or undo it',
      request: { params: IdParams, ...body(CheckInBody) },
      responses: json('Roster', Roster),
    }),
    async (c) => {
      const ctx = ctxOf(c, 'training.learn');
      const b = c.req.valid('json');
      return c.json(
        await checkIn({ ctx, input: { sessionId: c.req.valid('param').id, personId: b.personId, present: b.present } }),
        200,
      );
    },
  );

  return r;
}
