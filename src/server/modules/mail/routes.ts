import { createRoute } from '@hono/zod-openapi';
import { errorResponses } from '../../platform/http/errors';
import { createRouter, ctxOf } from '../../platform/http/router';
import { OutboxMessage, OutboxPage, OutboxParams, OutboxQuery } from './contract';
import { getOutboxMessage } from './get-outbox-message';
import { listOutbox } from './list-outbox';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });

export function mailRoutes() {
  const r = createRouter();

  // GET /api/outbox
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/outbox',
      tags: ['mail'],
      summary: "The organisation's e-mails, newest first, 50 per page",
      request: { query: OutboxQuery },
      responses: { 200: { description: 'Outbox page', ...json(OutboxPage) }, ...errorResponses },
    }),
    async (c) => c.json(await listOutbox({ ctx: ctxOf(c, 'outbox.read'), input: c.req.valid('query') }), 200),
  );

  // GET /api/outbox/{id}
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/outbox/{id}',
      tags: ['mail'],
      summary: 'One e-mail with its text and HTML body',
      request: { params: OutboxParams },
      responses: { 200: { description: 'Message', ...json(OutboxMessage) }, ...errorResponses },
    }),
    async (c) => c.json(await getOutboxMessage({ ctx: ctxOf(c, 'outbox.read'), input: c.req.valid('param') }), 200),
  );

  return r;
}
