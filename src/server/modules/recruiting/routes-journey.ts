import { createRoute } from '@hono/zod-openapi';
import { csvFile, sendCsv } from '../../platform/http/csv';
import { errorResponses } from '../../platform/http/errors';
import { createRouter, ctxOf } from '../../platform/http/router';
import { ApplicationParams, Done } from './contract';
import { journey } from './journey';
import { HirePersonBody, Journey, JourneyFilters } from './journey-contract';
import { exportJourney } from './journey-export';
import { linkHire } from './link-hire';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
const tags = ['recruiting'];

/** The Brand Experience Journey (HR): the view, its CSV, and linking a hire to their directory person. */
export function journeyRoutes() {
  const r = createRouter();

  // GET /api/recruiting/journey
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/recruiting/journey',
      tags,
      summary: 'The Brand Experience Journey: attraction → hire → onboarding → advocacy, by family and month',
      request: { query: JourneyFilters },
      responses: { 200: { description: 'Journey', ...json(Journey) }, ...errorResponses },
    }),
    async (c) => c.json(await journey({ ctx: ctxOf(c, 'recruiting.manage'), input: c.req.valid('query') }), 200),
  );

  // GET /api/recruiting/journey.csv
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/recruiting/journey.csv',
      tags,
      summary: 'The journey as CSV (aggregates only)',
      request: { query: JourneyFilters },
      responses: { ...csvFile, ...errorResponses },
    }),
    async (c) =>
      sendCsv(c, 'journey.csv', await exportJourney({ ctx: ctxOf(c, 'recruiting.manage'), input: c.req.valid('query') })),
  );

  // PUT /api/recruiting/applications/{id}/person
  r.openapi(
    createRoute({
      method: 'put',
      path: '/api/recruiting/applications/{id}/person',
      tags,
      summary: 'Link a hire to their person in the directory (or unlink with null)',
      request: { params: ApplicationParams, body: { required: true, ...json(HirePersonBody) } },
      responses: { 200: { description: 'Done', ...json(Done) }, ...errorResponses },
    }),
    async (c) => {
      await linkHire({
        ctx: ctxOf(c, 'recruiting.manage'),
        input: { id: c.req.valid('param').id, personId: c.req.valid('json').personId },
      });
      return c.json({ ok: true }, 200);
    },
  );

  return r;
}
