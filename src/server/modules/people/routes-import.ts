import { createRoute } from '@hono/zod-openapi';
import { errorResponses } from '../../platform/http/errors';
import { createRouter, ctxOf } from '../../platform/http/router';
import { confirmImport } from './confirm-import';
import { ImportBody, ImportParams, ImportPreview, ImportProgress } from './contract';
import { getImport } from './get-import';
import { previewImport } from './preview-import';
import { retryImport } from './retry-import';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
const progress = { 200: { description: 'Progress', ...json(ImportProgress) }, ...errorResponses };

export function peopleImportRoutes() {
  const r = createRouter();

  // POST /api/people/imports
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/people/imports',
      tags: ['people'],
      summary: 'Check a CSV of people and preview the import (nothing changes yet)',
      request: { body: { ...json(ImportBody), required: true } },
      responses: { 200: { description: 'Preview', ...json(ImportPreview) }, ...errorResponses },
    }),
    async (c) => c.json(await previewImport({ ctx: ctxOf(c, 'people.write'), input: c.req.valid('json') }), 200),
  );

  // POST /api/people/imports/{id}/confirm
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/people/imports/{id}/confirm',
      tags: ['people'],
      summary: 'Apply a previewed import in the background (confirming twice is harmless)',
      request: { params: ImportParams },
      responses: progress,
    }),
    async (c) => c.json(await confirmImport({ ctx: ctxOf(c, 'people.write'), input: c.req.valid('param') }), 200),
  );

  // POST /api/people/imports/{id}/retry
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/people/imports/{id}/retry',
      tags: ['people'],
      summary: 'Try a failed import again from where it stopped (anything else is answered unchanged)',
      request: { params: ImportParams },
      responses: progress,
    }),
    async (c) => c.json(await retryImport({ ctx: ctxOf(c, 'people.write'), input: c.req.valid('param') }), 200),
  );

  // GET /api/people/imports/{id}
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/people/imports/{id}',
      tags: ['people'],
      summary: 'Progress of an import',
      request: { params: ImportParams },
      responses: progress,
    }),
    async (c) => c.json(await getImport({ ctx: ctxOf(c, 'people.write'), input: c.req.valid('param') }), 200),
  );

  return r;
}
