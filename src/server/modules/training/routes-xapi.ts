import { createRoute } from '@hono/zod-openapi';
import { errorResponses } from '../../platform/http/errors';
import { createRouter } from '../../platform/http/router';
import { StatementIds, XapiAbout, XapiStatementsBody } from './contract';
import { receiveStatements } from './receive-statements';

const XAPI_VERSION = '1.0.3';

/** The Learning Record Store endpoint an LMS posts "completed" statements to (HTTP Basic with an LRS key). */
export function xapiRoutes() {
  const r = createRouter();

  // POST /api/xapi/statements
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/xapi/statements',
      tags: ['xapi'],
      summary: 'Store xAPI "completed" statements (one or a list); authenticated by the organisation’s LRS key',
      request: { body: { content: { 'application/json': { schema: XapiStatementsBody } }, required: true } },
      responses: {
        200: { description: 'Statement ids', content: { 'application/json': { schema: StatementIds } } },
        422: { description: 'Refused (verb, learner or activity)' },
        ...errorResponses,
      },
    }),
    async (c) => {
      const b = c.req.valid('json');
      const ids = await receiveStatements(c.get('platform'), c.req.header('authorization'), Array.isArray(b) ? b : [b]);
      c.header('X-Experience-API-Version', XAPI_VERSION);
      return c.json(ids, 200);
    },
  );

  // GET /api/xapi/about
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/xapi/about',
      tags: ['xapi'],
      summary: 'The xAPI version this LRS speaks',
      responses: { 200: { description: 'About', content: { 'application/json': { schema: XapiAbout } } }, ...errorResponses },
    }),
    async (c) => {
      c.header('X-Experience-API-Version', XAPI_VERSION);
      return c.json({ version: [XAPI_VERSION] }, 200);
    },
  );

  return r;
}
