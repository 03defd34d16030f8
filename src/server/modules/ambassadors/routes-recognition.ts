import { createRoute } from '@hono/zod-openapi';
import { createRouter, ctxOf } from '../../platform/http/router';
import { Board, BoardQuery, RecognitionPatch, RecognitionSettings } from './contract';
import { getBoard } from './get-board';
import { getRecognition, updateRecognition } from './recognition-settings';
import { answer, body, tags } from './route-kit';

/** Opt-in recognition: the organisation's points table, and the boards people see. */
export function recognitionRoutes() {
  const r = createRouter();

  // GET /api/ambassadors/recognition
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/ambassadors/recognition',
      tags,
      summary: 'Points settings of the organisation',
      responses: answer('Settings', RecognitionSettings),
    }),
    async (c) => c.json(await getRecognition({ ctx: ctxOf(c, 'programme.manage') }), 200),
  );

  // PATCH /api/ambassadors/recognition
  r.openapi(
    createRoute({
      method: 'patch',
      path: '/api/ambassadors/recognition',
      tags,
      summary: 'Switch points on or off, edit the points table',
      request: body(RecognitionPatch),
      responses: answer('Settings', RecognitionSettings),
    }),
    async (c) => c.json(await updateRecognition({ ctx: ctxOf(c, 'programme.manage'), input: c.req.valid('json') }), 200),
  );

  // GET /api/ambassadors/board
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/ambassadors/board',
      tags,
      summary: 'Boards of the month or term by department, site, job family or cohort; my points and badges',
      request: { query: BoardQuery },
      responses: answer('Board', Board),
    }),
    async (c) => c.json(await getBoard({ ctx: ctxOf(c, 'share'), input: c.req.valid('query') }), 200),
  );

  return r;
}
