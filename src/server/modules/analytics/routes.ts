import { createRoute } from '@hono/zod-openapi';
import { csvFile, sendCsv } from '../../platform/http/csv';
import { errorResponses } from '../../platform/http/errors';
import { createRouter, ctxOf } from '../../platform/http/router';
import { ExportParams, type ExportTable, OverviewQuery, OverviewSchema } from './contract';
import { exportCsv } from './export-csv';
import { getOverview } from './get-overview';

export function analyticsRoutes() {
  const r = createRouter();

  // GET /api/analytics/overview
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/analytics/overview',
      tags: ['analytics'],
      summary: 'Advocacy KPIs, concentration, daily series, rankings and share of voice for a period (managers: their team)',
      request: { query: OverviewQuery },
      responses: {
        200: { description: 'Overview', content: { 'application/json': { schema: OverviewSchema } } },
        ...errorResponses,
      },
    }),
    async (c) => {
      // The operation decides between analytics.read (organisation) and analytics.team (own team).
      const ctx = ctxOf(c);
      return c.json(await getOverview({ ctx, input: c.req.valid('query') }), 200);
    },
  );

  // GET /api/analytics/export/{table}.csv
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/analytics/export/{file}',
      tags: ['analytics'],
      summary: 'One dashboard table as CSV (same filters as the overview), localised headers, UTF-8 with BOM',
      request: { params: ExportParams, query: OverviewQuery },
      responses: { ...csvFile, ...errorResponses },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      const table = c.req.valid('param').file.replace(/\.csv$/, '') as ExportTable;
      const { filename, body } = await exportCsv({ ctx, input: { ...c.req.valid('query'), table } });
      return sendCsv(c, filename, body);
    },
  );

  return r;
}
