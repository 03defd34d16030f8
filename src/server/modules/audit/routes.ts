import { createRoute } from '@hono/zod-openapi';
import { errorResponses } from '../../platform/http/errors';
import { createRouter, ctxOf } from '../../platform/http/router';
import { AuditPage, AuditQuery } from './contract';
import { listAudit } from './list-audit';

export function auditRoutes() {
  const r = createRouter();

  // GET /api/audit
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/audit',
      tags: ['audit'],
      summary: 'The audit log, newest first, 50 per page, filtered by action, actor, target and days',
      request: { query: AuditQuery },
      responses: {
        200: { description: 'Audit page', content: { 'application/json': { schema: AuditPage } } },
        ...errorResponses,
      },
    }),
    async (c) => c.json(await listAudit({ ctx: ctxOf(c, 'audit.read'), input: c.req.valid('query') }), 200),
  );

  return r;
}
