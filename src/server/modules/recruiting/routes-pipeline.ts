import { createRoute } from '@hono/zod-openapi';
import { errorResponses } from '../../platform/http/errors';
import { createRouter, ctxOf } from '../../platform/http/router';
import {
  ApplicationList,
  ApplicationParams,
  ApplicationsFilters,
  Done,
  Funnel,
  FunnelFilters,
  OutcomeBody,
  ReviewBody,
  ReviewList,
  ShortlistBody,
  StageBody,
} from './contract';
import { readCvFile } from './cv-access';
import { funnel } from './funnel';
import { listApplications } from './list-applications';
import { moveStage, setShortlisted } from './move-stage';
import { sendOutcome } from './outcome';
import { listReviews, submitReview } from './reviews';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
const tags = ['recruiting'];
const done = { 200: { description: 'Done', ...json(Done) }, ...errorResponses };

export function pipelineRoutes() {
  const r = createRouter();

  // GET /api/recruiting/applications
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/recruiting/applications',
      tags,
      summary: 'The pipeline (HR), optionally for one job',
      request: { query: ApplicationsFilters },
      responses: { 200: { description: 'Applications', ...json(ApplicationList) }, ...errorResponses },
    }),
    async (c) => c.json(await listApplications({ ctx: ctxOf(c, 'recruiting.manage'), input: c.req.valid('query') }), 200),
  );

  // GET /api/recruiting/applications/{id}/cv
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/recruiting/applications/{id}/cv',
      tags,
      summary: "A candidate's CV (each opening is audited)",
      request: { params: ApplicationParams },
      responses: {
        200: { description: 'PDF', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } },
        ...errorResponses,
      },
    }),
    async (c) => {
      const f = await readCvFile({ ctx: ctxOf(c, 'recruiting.manage'), input: c.req.valid('param') });
      return c.body(f.bytes as Uint8Array<ArrayBuffer>, 200, {
        'content-type': 'application/pdf',
        'content-disposition': 'attachment; filename="cv.pdf"',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; sandbox",
      });
    },
  );

  // POST /api/recruiting/applications/{id}/stage
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/recruiting/applications/{id}/stage',
      tags,
      summary: 'Move a candidate to a stage',
      request: { params: ApplicationParams, body: { ...json(StageBody), required: true } },
      responses: done,
    }),
    async (c) => {
      await moveStage({ ctx: ctxOf(c, 'recruiting.manage'), input: { ...c.req.valid('param'), ...c.req.valid('json') } });
      return c.json({ ok: true }, 200);
    },
  );

  // POST /api/recruiting/applications/{id}/shortlist
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/recruiting/applications/{id}/shortlist',
      tags,
      summary: 'Put on or take off the shortlist',
      request: { params: ApplicationParams, body: { ...json(ShortlistBody), required: true } },
      responses: done,
    }),
    async (c) => {
      await setShortlisted({ ctx: ctxOf(c, 'recruiting.manage'), input: { ...c.req.valid('param'), ...c.req.valid('json') } });
      return c.json({ ok: true }, 200);
    },
  );

  // GET /api/recruiting/applications/{id}/reviews
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/recruiting/applications/{id}/reviews',
      tags,
      summary: "Reviews of a candidate (others' hidden until mine is submitted)",
      request: { params: ApplicationParams },
      responses: { 200: { description: 'Reviews', ...json(ReviewList) }, ...errorResponses },
    }),
    async (c) => c.json(await listReviews({ ctx: ctxOf(c, 'recruiting.manage'), input: c.req.valid('param') }), 200),
  );

  // POST /api/recruiting/applications/{id}/reviews
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/recruiting/applications/{id}/reviews',
      tags,
      summary: 'Submit my rubric scores (once)',
      request: { params: ApplicationParams, body: { ...json(ReviewBody), required: true } },
      responses: done,
    }),
    async (c) => {
      await submitReview({ ctx: ctxOf(c, 'recruiting.manage'), input: { ...c.req.valid('param'), ...c.req.valid('json') } });
      return c.json({ ok: true }, 200);
    },
  );

  // POST /api/recruiting/applications/{id}/outcome
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/recruiting/applications/{id}/outcome',
      tags,
      summary: 'Send the candidate the outcome message (final outcomes once)',
      request: { params: ApplicationParams, body: { ...json(OutcomeBody), required: true } },
      responses: done,
    }),
    async (c) => {
      await sendOutcome({ ctx: ctxOf(c, 'recruiting.manage'), input: { ...c.req.valid('param'), ...c.req.valid('json') } });
      return c.json({ ok: true }, 200);
    },
  );

  // GET /api/recruiting/funnel
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/recruiting/funnel',
      tags,
      summary: 'Funnel by source and job, time in stage, referrer conversion',
      request: { query: FunnelFilters },
      responses: { 200: { description: 'Funnel', ...json(Funnel) }, ...errorResponses },
    }),
    async (c) => c.json(await funnel({ ctx: ctxOf(c, 'recruiting.manage'), input: c.req.valid('query') }), 200),
  );

  return r;
}
