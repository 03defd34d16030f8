import { createRoute } from '@hono/zod-openapi';
import { csvFile, sendCsv } from '../../platform/http/csv';
import { errorResponses } from '../../platform/http/errors';
import { createRouter, ctxOf } from '../../platform/http/router';
import { Engagement, EngagementQuery } from './contract';
import { exportEngagement } from './export-dashboard';
import { getEngagement } from './get-dashboard';

const tags = ['engagement'];

export function engagementRoutes() {
  const r = createRouter();

  // GET /api/engagement
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/engagement',
      tags,
      summary: 'Internal-marketing dashboard: news, surveys, suggestions, onboarding and advocacy over time',
      request: { query: EngagementQuery },
      responses: {
        200: { description: 'Dashboard', content: { 'application/json': { schema: Engagement } } },
        ...errorResponses,
      },
    }),
    async (c) => c.json(await getEngagement({ ctx: ctxOf(c, 'listening.read'), input: c.req.valid('query') }), 200),
  );

  // GET /api/engagement.csv
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/engagement.csv',
      tags,
      summary: 'The dashboard as CSV',
      request: { query: EngagementQuery },
      responses: { ...csvFile, ...errorResponses },
    }),
    async (c) =>
      sendCsv(c, 'engagement.csv', await exportEngagement({ ctx: ctxOf(c, 'listening.read'), input: c.req.valid('query') })),
  );

  return r;
}
