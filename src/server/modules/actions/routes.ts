import { createRoute } from '@hono/zod-openapi';
import { errorResponses } from '../../platform/http/errors';
import { createRouter, ctxOf } from '../../platform/http/router';
import { createAction, listBoard, updateAction } from './actions';
import { ActionBody, ActionCreated, ActionParams, ActionPatch, Board } from './contract';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
const tags = ['actions'];

export function actionRoutes() {
  const r = createRouter();

  // GET /api/actions
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/actions',
      tags,
      summary: 'The "you said, we did" board',
      responses: { 200: { description: 'Board', ...json(Board) }, ...errorResponses },
    }),
    async (c) => c.json(await listBoard({ ctx: ctxOf(c) }), 200),
  );

  // POST /api/actions
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/actions',
      tags,
      summary: 'Create an action from a result, with an owner (HR)',
      request: { body: { ...json(ActionBody), required: true } },
      responses: { 200: { description: 'Created', ...json(ActionCreated) }, ...errorResponses },
    }),
    async (c) => c.json(await createAction({ ctx: ctxOf(c), input: c.req.valid('json') }), 200),
  );

  // PATCH /api/actions/{id}
  r.openapi(
    createRoute({
      method: 'patch',
      path: '/api/actions/{id}',
      tags,
      summary: 'Move an action on (planned, in progress, done)',
      request: { params: ActionParams, body: { ...json(ActionPatch), required: true } },
      responses: { 200: { description: 'Updated', ...json(ActionCreated) }, ...errorResponses },
    }),
    async (c) => c.json(await updateAction({ ctx: ctxOf(c), input: { ...c.req.valid('param'), ...c.req.valid('json') } }), 200),
  );

  return r;
}
