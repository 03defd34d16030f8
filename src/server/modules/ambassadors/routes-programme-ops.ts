import { createRoute } from '@hono/zod-openapi';
import { csvFile, sendCsv } from '../../platform/http/csv';
import { errorResponses } from '../../platform/http/errors';
import { createRouter, ctxOf } from '../../platform/http/router';
import { acknowledgeAlert, listAlerts } from './alerts';
import { confirmRotation } from './confirm-rotation';
import { AlertList, ConfirmPlanBody, Dashboard, ItemParams, Ok, Plan, PlanQuery, ProgrammeParams } from './contract';
import { exportMembers } from './export-members';
import { getDashboard } from './get-dashboard';
import { planNextCohort } from './plan-rotation';
import { answer, body, tags } from './route-kit';

/** Running a programme over time: rotation planner, dashboard and export, valanga alerts. */
export function programmeOpsRoutes() {
  const r = createRouter();

  // GET /api/programmes/{id}/rotation
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/programmes/{id}/rotation',
      tags,
      summary: 'Propose the next cohort for the widest coverage, with reasons and the coverage map',
      request: { params: ProgrammeParams, query: PlanQuery },
      responses: answer('Proposal', Plan),
    }),
    async (c) =>
      c.json(
        await planNextCohort({
          ctx: ctxOf(c, 'programme.manage'),
          input: { ...c.req.valid('query'), programmeId: c.req.valid('param').id },
        }),
        200,
      ),
  );

  // POST /api/programmes/{id}/rotation
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/programmes/{id}/rotation',
      tags,
      summary: 'Confirm the next cohort and send the invitations',
      request: { params: ProgrammeParams, ...body(ConfirmPlanBody) },
      responses: answer('Confirmed', Ok),
    }),
    async (c) => {
      await confirmRotation({
        ctx: ctxOf(c, 'programme.manage'),
        input: { ...c.req.valid('json'), programmeId: c.req.valid('param').id },
      });
      return c.json({ ok: true }, 200);
    },
  );

  // GET /api/programmes/{id}/dashboard
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/programmes/{id}/dashboard',
      tags,
      summary: 'Programme dashboard (a manager sees their team)',
      request: { params: ProgrammeParams },
      responses: answer('Dashboard', Dashboard),
    }),
    async (c) =>
      c.json(await getDashboard({ ctx: ctxOf(c, 'programme.nominate'), input: { programmeId: c.req.valid('param').id } }), 200),
  );

  // GET /api/programmes/{id}/members.csv
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/programmes/{id}/members.csv',
      tags,
      summary: 'Members with readiness and activity, as CSV',
      request: { params: ProgrammeParams },
      responses: { ...csvFile, ...errorResponses },
    }),
    async (c) => {
      const { filename, csv } = await exportMembers({
        ctx: ctxOf(c, 'programme.nominate'),
        input: { programmeId: c.req.valid('param').id },
      });
      return sendCsv(c, filename, csv);
    },
  );

  // GET /api/programmes/{id}/alerts
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/programmes/{id}/alerts',
      tags,
      summary: 'Valanga alerts: key voices leaving',
      request: { params: ProgrammeParams },
      responses: answer('Alerts', AlertList),
    }),
    async (c) =>
      c.json(await listAlerts({ ctx: ctxOf(c, 'programme.manage'), input: { programmeId: c.req.valid('param').id } }), 200),
  );

  // POST /api/programmes/{id}/alerts/{itemId}/acknowledge
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/programmes/{id}/alerts/{itemId}/acknowledge',
      tags,
      summary: 'Mark a valanga alert as handled',
      request: { params: ItemParams },
      responses: answer('Acknowledged', Ok),
    }),
    async (c) => {
      const { id, itemId } = c.req.valid('param');
      return c.json(
        await acknowledgeAlert({ ctx: ctxOf(c, 'programme.manage'), input: { programmeId: id, alertId: itemId } }),
        200,
      );
    },
  );

  return r;
}
