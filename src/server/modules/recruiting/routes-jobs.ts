import type { IncomingMessage } from 'node:http';
import { createRoute } from '@hono/zod-openapi';
import { errorResponses } from '../../platform/http/errors';
import { createRouter, ctxOf } from '../../platform/http/router';
import {
  Job,
  JobFields,
  JobList,
  JobParams,
  JobStatusBody,
  OpenJobs,
  PhotoUpload,
  PhotoUploaded,
  Settings,
  SettingsBody,
} from './contract';
import { listOpenJobs } from './open-jobs';
import { uploadJobPhoto } from './photos';
import { promoteJob } from './promote-job';
import { recordReferrerVisitor } from './referrer-visitor';
import { createJob, getJob, listJobs, setJobStatus, updateJob } from './save-job';
import { getSettings, saveSettings } from './settings';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
const tags = ['recruiting'];

export function jobRoutes() {
  const r = createRouter();

  // GET /api/recruiting/jobs
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/recruiting/jobs',
      tags,
      summary: 'Every opening (HR)',
      responses: { 200: { description: 'Jobs', ...json(JobList) }, ...errorResponses },
    }),
    async (c) => c.json(await listJobs({ ctx: ctxOf(c, 'recruiting.manage') }), 200),
  );

  // POST /api/recruiting/jobs
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/recruiting/jobs',
      tags,
      summary: 'Create an opening (draft)',
      request: { body: { ...json(JobFields), required: true } },
      responses: { 200: { description: 'Created', ...json(Job) }, ...errorResponses },
    }),
    async (c) => c.json(await createJob({ ctx: ctxOf(c, 'recruiting.manage'), input: c.req.valid('json') }), 200),
  );

  // GET /api/recruiting/jobs/{id}
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/recruiting/jobs/{id}',
      tags,
      summary: 'One opening (HR)',
      request: { params: JobParams },
      responses: { 200: { description: 'Job', ...json(Job) }, ...errorResponses },
    }),
    async (c) => c.json(await getJob({ ctx: ctxOf(c, 'recruiting.manage'), input: c.req.valid('param') }), 200),
  );

  // PUT /api/recruiting/jobs/{id}
  r.openapi(
    createRoute({
      method: 'put',
      path: '/api/recruiting/jobs/{id}',
      tags,
      summary: 'Edit an opening',
      request: { params: JobParams, body: { ...json(JobFields), required: true } },
      responses: { 200: { description: 'Saved', ...json(Job) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await updateJob({ ctx: ctxOf(c, 'recruiting.manage'), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        200,
      ),
  );

  // POST /api/recruiting/jobs/{id}/status
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/recruiting/jobs/{id}/status',
      tags,
      summary: 'Open or close an opening',
      request: { params: JobParams, body: { ...json(JobStatusBody), required: true } },
      responses: { 200: { description: 'Saved', ...json(Job) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await setJobStatus({ ctx: ctxOf(c, 'recruiting.manage'), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        200,
      ),
  );

  // POST /api/recruiting/jobs/{id}/promote
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/recruiting/jobs/{id}/promote',
      tags,
      summary: 'Draft the feed post of an open job (the editors publish it; shares get tracked links)',
      request: { params: JobParams },
      responses: { 200: { description: 'Drafted', ...json(Job) }, ...errorResponses },
    }),
    async (c) => c.json(await promoteJob({ ctx: ctxOf(c, 'recruiting.manage'), input: c.req.valid('param') }), 200),
  );

  // POST /api/recruiting/photos
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/recruiting/photos',
      tags,
      summary: 'Upload a job card photo (8 MB; decoded and re-encoded), as multipart field "file"',
      request: { body: { content: { 'multipart/form-data': { schema: PhotoUpload } }, required: false } },
      responses: { 200: { description: 'Stored', ...json(PhotoUploaded) }, ...errorResponses },
    }),
    async (c) => {
      const ctx = ctxOf(c, 'recruiting.manage');
      const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
      return c.json(await uploadJobPhoto({ ctx, input: { file: form.file } }), 200);
    },
  );

  // GET /api/recruiting/open-jobs
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/recruiting/open-jobs',
      tags,
      summary: 'Open jobs, for employees to share or refer',
      responses: { 200: { description: 'Jobs', ...json(OpenJobs) }, ...errorResponses },
    }),
    async (c) => {
      const ctx = ctxOf(c, 'share');
      const open = await listOpenJobs({ ctx });
      // The employee's own browser of today: an application from it through their own link earns them nothing.
      await recordReferrerVisitor(ctx, (c.env as { incoming?: IncomingMessage } | undefined)?.incoming);
      return c.json(open, 200);
    },
  );

  // GET /api/recruiting/settings
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/recruiting/settings',
      tags,
      summary: 'Retention and points ladder',
      responses: { 200: { description: 'Settings', ...json(Settings) }, ...errorResponses },
    }),
    async (c) => c.json(await getSettings({ ctx: ctxOf(c, 'recruiting.manage') }), 200),
  );

  // PUT /api/recruiting/settings
  r.openapi(
    createRoute({
      method: 'put',
      path: '/api/recruiting/settings',
      tags,
      summary: 'Save retention and points ladder',
      request: { body: { ...json(SettingsBody), required: true } },
      responses: { 200: { description: 'Saved', ...json(Settings) }, ...errorResponses },
    }),
    async (c) => c.json(await saveSettings({ ctx: ctxOf(c, 'recruiting.manage'), input: c.req.valid('json') }), 200),
  );

  return r;
}
