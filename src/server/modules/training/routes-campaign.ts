import { createRoute } from '@hono/zod-openapi';
import { errorResponses } from '../../platform/http/errors';
import { createRouter, ctxOf } from '../../platform/http/router';
import {
  Campaign,
  CompletionsImportBody,
  CompletionsImportResult,
  IdParams,
  LrsKeyBody,
  LrsKeys,
  Measures,
  MeasuresQuery,
  NewLrsKey,
  PdfFile,
  PosterBody,
  Settings,
  SettingsBody,
} from './contract';
import { createAdvocacyPost } from './create-advocacy-post';
import { getCampaign } from './get-campaign';
import { getMeasures } from './get-measures';
import { importCompletions } from './import-completions';
import { createLrsKey, listLrsKeys, revokeLrsKey } from './lrs-keys';
import { printPoster } from './print-poster';
import { body, json, tags } from './route-kit';
import { readSettings, saveSettings } from './save-settings';
import { startMailing } from './start-mailing';

/** L&D: campaign channels, completions from an LMS, measures and settings. */
export function campaignRoutes() {
  const r = createRouter();

  // GET /api/training/manage/{id}/campaign
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/training/manage/{id}/campaign',
      tags,
      summary: 'Channels of a training’s campaign: views, clicks, enrolments',
      request: { params: IdParams },
      responses: json('Campaign', Campaign),
    }),
    async (c) => c.json(await getCampaign({ ctx: ctxOf(c, 'training.manage'), input: c.req.valid('param') }), 200),
  );

  // POST /api/training/manage/{id}/mailings
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/training/manage/{id}/mailings',
      tags,
      summary: 'E-mail the eligible people not enrolled yet (each once per training)',
      request: { params: IdParams },
      responses: json('Campaign', Campaign),
    }),
    async (c) =>
      c.json(await startMailing({ ctx: ctxOf(c, 'training.manage'), input: { trainingId: c.req.valid('param').id } }), 200),
  );

  // POST /api/training/manage/{id}/poster
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/training/manage/{id}/poster',
      tags,
      summary: 'Print an A4 poster (PDF) with a QR code to the campaign’s tracked link',
      request: { params: IdParams, ...body(PosterBody) },
      responses: { 200: { description: 'PDF', content: { 'application/pdf': { schema: PdfFile } } }, ...errorResponses },
    }),
    async (c) => {
      const ctx = ctxOf(c, 'training.manage');
      const { filename, pdf } = await printPoster({
        ctx,
        input: { trainingId: c.req.valid('param').id, ...c.req.valid('json') },
      });
      return c.body(Buffer.from(pdf), 200, {
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="${filename}"`,
        'cache-control': 'no-store',
      });
    },
  );

  // POST /api/training/manage/{id}/advocacy-post
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/training/manage/{id}/advocacy-post',
      tags,
      summary: 'Draft an advocacy post in the content hub for a public-facing training',
      request: { params: IdParams },
      responses: json('Campaign', Campaign),
    }),
    async (c) =>
      c.json(await createAdvocacyPost({ ctx: ctxOf(c, 'training.manage'), input: { trainingId: c.req.valid('param').id } }), 200),
  );

  // POST /api/training/completions/import
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/training/completions/import',
      tags,
      summary: 'Completions from an LMS export (CSV): per-row errors; `apply` records the valid rows',
      request: body(CompletionsImportBody),
      responses: json('Import', CompletionsImportResult),
    }),
    async (c) => c.json(await importCompletions({ ctx: ctxOf(c, 'training.manage'), input: c.req.valid('json') }), 200),
  );

  // GET /api/training/measures
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/training/measures',
      tags,
      summary: 'Hours and spend per employee against the benchmark, rates, channels, manager effect, overdue',
      request: { query: MeasuresQuery },
      responses: json('Measures', Measures),
    }),
    async (c) => c.json(await getMeasures({ ctx: ctxOf(c, 'training.manage'), input: c.req.valid('query') }), 200),
  );

  // GET /api/training/settings
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/training/settings',
      tags,
      summary: 'Training currency and benchmark',
      responses: json('Settings', Settings),
    }),
    async (c) => c.json(await readSettings({ ctx: ctxOf(c, 'training.manage') }), 200),
  );

  // PUT /api/training/settings
  r.openapi(
    createRoute({
      method: 'put',
      path: '/api/training/settings',
      tags,
      summary: 'Set the training currency and the benchmark',
      request: body(SettingsBody),
      responses: json('Settings', Settings),
    }),
    async (c) => c.json(await saveSettings({ ctx: ctxOf(c, 'training.manage'), input: c.req.valid('json') }), 200),
  );

  // GET /api/training/lrs-keys
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/training/lrs-keys',
      tags,
      summary: 'Keys LMSs use to post xAPI statements',
      responses: json('Keys', LrsKeys),
    }),
    async (c) => c.json(await listLrsKeys({ ctx: ctxOf(c, 'training.manage') }), 200),
  );

  // POST /api/training/lrs-keys
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/training/lrs-keys',
      tags,
      summary: 'A new key (its secret is shown only in this answer)',
      request: body(LrsKeyBody),
      responses: json('Key', NewLrsKey),
    }),
    async (c) => c.json(await createLrsKey({ ctx: ctxOf(c, 'training.manage'), input: c.req.valid('json') }), 200),
  );

  // DELETE /api/training/lrs-keys/{id}
  r.openapi(
    createRoute({
      method: 'delete',
      path: '/api/training/lrs-keys/{id}',
      tags,
      summary: 'Revoke a key',
      request: { params: IdParams },
      responses: json('Keys', LrsKeys),
    }),
    async (c) => c.json(await revokeLrsKey({ ctx: ctxOf(c, 'training.manage'), input: c.req.valid('param') }), 200),
  );

  return r;
}
