import { createRoute } from '@hono/zod-openapi';
import { createRouter, ctxOf } from '../../platform/http/router';
import { CohortInput, Ok, Programme, ProgrammeInput, ProgrammeList, ProgrammeParams, ProgrammePatch } from './contract';
import { createCohort } from './create-cohort';
import { createProgramme } from './create-programme';
import { getProgramme, listProgrammes } from './list-programmes';
import { answer, body, tags } from './route-kit';
import { updateProgramme } from './update-programme';

/** Programmes and their terms, for the people who run them. */
export function programmeRoutes() {
  const r = createRouter();

  // GET /api/programmes
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/programmes',
      tags,
      summary: 'Every programme of the organisation',
      responses: answer('Programmes', ProgrammeList),
    }),
    async (c) => c.json(await listProgrammes({ ctx: ctxOf(c, 'programme.nominate') }), 200),
  );

  // POST /api/programmes
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/programmes',
      tags,
      summary: 'Create a programme and its first cohort',
      request: body(ProgrammeInput),
      responses: answer('Created', Programme),
    }),
    async (c) => c.json(await createProgramme({ ctx: ctxOf(c, 'programme.manage'), input: c.req.valid('json') }), 200),
  );

  // GET /api/programmes/{id}
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/programmes/{id}',
      tags,
      summary: 'One programme',
      request: { params: ProgrammeParams },
      responses: answer('Programme', Programme),
    }),
    async (c) => c.json(await getProgramme({ ctx: ctxOf(c, 'programme.nominate'), input: c.req.valid('param') }), 200),
  );

  // PATCH /api/programmes/{id}
  r.openapi(
    createRoute({
      method: 'patch',
      path: '/api/programmes/{id}',
      tags,
      summary: 'Edit a programme (seats never below the current members)',
      request: { params: ProgrammeParams, ...body(ProgrammePatch) },
      responses: answer('Updated', Programme),
    }),
    async (c) =>
      c.json(
        await updateProgramme({ ctx: ctxOf(c, 'programme.manage'), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        200,
      ),
  );

  // POST /api/programmes/{id}/cohorts
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/programmes/{id}/cohorts',
      tags,
      summary: 'Add a term (cohort) to a programme',
      request: { params: ProgrammeParams, ...body(CohortInput) },
      responses: answer('Created', Ok),
    }),
    async (c) => {
      await createCohort({
        ctx: ctxOf(c, 'programme.manage'),
        input: { ...c.req.valid('json'), programmeId: c.req.valid('param').id },
      });
      return c.json({ ok: true }, 200);
    },
  );

  return r;
}
