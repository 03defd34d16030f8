import { createRoute } from '@hono/zod-openapi';
import { errorResponses } from '../../platform/http/errors';
import { createRouter, ctxOf } from '../../platform/http/router';
import { Done, JobParams } from './contract';
import { Question, QuestionFields, QuestionList, QuestionOrderBody, QuestionParams, QuestionPatch } from './interview-contract';
import { createQuestion, deleteQuestion, listQuestions, reorderQuestions, updateQuestion } from './questions';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
const tags = ['recruiting'];
const ok = <T>(schema: T, description = 'Done') => ({ 200: { description, ...json(schema) }, ...errorResponses });
const body = <T>(schema: T) => ({ body: { ...json(schema), required: true } });

/** HR build a job's interview question set (the recorded questions: routes-prompt.ts). */
export function questionRoutes() {
  const r = createRouter();
  const route = createRoute;

  // GET /api/recruiting/jobs/{id}/questions
  r.openapi(
    route({
      method: 'get',
      path: '/api/recruiting/jobs/{id}/questions',
      tags,
      summary: "A job's interview questions",
      request: { params: JobParams },
      responses: ok(QuestionList),
    }),
    async (c) => c.json(await listQuestions({ ctx: ctxOf(c, 'recruiting.manage'), input: c.req.valid('param') }), 200),
  );
  // POST /api/recruiting/jobs/{id}/questions
  r.openapi(
    route({
      method: 'post',
      path: '/api/recruiting/jobs/{id}/questions',
      tags,
      summary: 'Add a question',
      request: { params: JobParams, ...body(QuestionFields) },
      responses: ok(Question),
    }),
    async (c) =>
      c.json(
        await createQuestion({ ctx: ctxOf(c, 'recruiting.manage'), input: { ...c.req.valid('param'), ...c.req.valid('json') } }),
        200,
      ),
  );
  // PUT /api/recruiting/jobs/{id}/questions/order
  r.openapi(
    route({
      method: 'put',
      path: '/api/recruiting/jobs/{id}/questions/order',
      tags,
      summary: 'Reorder the questions',
      request: { params: JobParams, ...body(QuestionOrderBody) },
      responses: ok(QuestionList),
    }),
    async (c) =>
      c.json(
        await reorderQuestions({
          ctx: ctxOf(c, 'recruiting.manage'),
          input: { ...c.req.valid('param'), ...c.req.valid('json') },
        }),
        200,
      ),
  );
  // PATCH /api/recruiting/questions/{id}
  r.openapi(
    route({
      method: 'patch',
      path: '/api/recruiting/questions/{id}',
      tags,
      summary: 'Change a question',
      request: { params: QuestionParams, ...body(QuestionPatch) },
      responses: ok(Question),
    }),
    async (c) =>
      c.json(
        await updateQuestion({ ctx: ctxOf(c, 'recruiting.manage'), input: { ...c.req.valid('param'), ...c.req.valid('json') } }),
        200,
      ),
  );
  // DELETE /api/recruiting/questions/{id}
  r.openapi(
    route({
      method: 'delete',
      path: '/api/recruiting/questions/{id}',
      tags,
      summary: 'Delete a question nobody answered',
      request: { params: QuestionParams },
      responses: ok(Done),
    }),
    async (c) => {
      await deleteQuestion({ ctx: ctxOf(c, 'recruiting.manage'), input: c.req.valid('param') });
      return c.json({ ok: true }, 200);
    },
  );
  return r;
}
