import { createRoute } from '@hono/zod-openapi';
import { errorResponses } from '../../platform/http/errors';
import { createRouter, ctxOf } from '../../platform/http/router';
import { type ExportFormat, sendSheet, spreadsheetFile } from '../../platform/http/spreadsheet';
import { ContentMeasuresSchema } from './content-contract';
import { ExportParams, ExportQuery, type ExportTable, OverviewQuery, OverviewSchema } from './contract';
import { exportTable } from './export-table';
import { getContentMeasures } from './get-content-measures';
import { freshOverview } from './overview-cache';

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
      return c.json(await freshOverview({ ctx, input: c.req.valid('query') }), 200);
    },
  );

  // GET /api/analytics/content
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/analytics/content',
      tags: ['analytics'],
      summary: 'Employee stories against corporate posts, and events, for a period and filters (managers: their team)',
      request: { query: OverviewQuery },
      responses: {
        200: { description: 'Stories and events', content: { 'application/json': { schema: ContentMeasuresSchema } } },
        ...errorResponses,
      },
    }),
    async (c) => c.json(await getContentMeasures({ ctx: ctxOf(c), input: c.req.valid('query') }), 200),
  );

  // GET /api/analytics/export/{table}.csv, GET /api/analytics/export/{table}.xlsx
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/analytics/export/{file}',
      tags: ['analytics'],
      summary:
        "One dashboard table as CSV (UTF-8 with BOM; ';' for Italian readers unless `delimiter` says) or XLSX (typed " +
        "cells), with the overview's filters and localised headers",
      request: { params: ExportParams, query: ExportQuery },
      responses: { ...spreadsheetFile, ...errorResponses },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      const { file } = c.req.valid('param');
      const { delimiter, ...filters } = c.req.valid('query');
      const [table, format] = file.split('.') as [ExportTable, ExportFormat];
      const { basename, sheet } = await exportTable({ ctx, input: { ...filters, table } });
      return sendSheet(c, { basename, format, sheet, locale: ctx.locale, delimiter });
    },
  );

  return r;
}
