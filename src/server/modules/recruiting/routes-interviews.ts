import { createRoute } from '@hono/zod-openapi';
import { errorResponses } from '../../platform/http/errors';
import { mediaResponse } from '../../platform/http/media-response';
import { createRouter, ctxOf } from '../../platform/http/router';
import { ApplicationParams, Done, JobParams } from './contract';
import { HrInterview, SendInterviewBody, Shortlist, ShortlistQuery, UploadParams } from './interview-contract';
import { hrInterview, readTakeForReview } from './interview-review';
import { sendInterview } from './send-interview';
import { shortlist } from './shortlist';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
const tags = ['recruiting'];
const ok = <T>(schema: T, description = 'Done') => ({ 200: { description, ...json(schema) }, ...errorResponses });

/** HR send interviews, play the answers (audited) and compare candidates on the shortlist. */
export function interviewRoutes() {
  const r = createRouter();

  // POST /api/recruiting/applications/{id}/interview
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/recruiting/applications/{id}/interview',
      tags,
      summary: "Send the job's interview to a candidate, with a deadline",
      request: { params: ApplicationParams, body: { ...json(SendInterviewBody), required: true } },
      responses: ok(Done),
    }),
    async (c) => {
      await sendInterview({ ctx: ctxOf(c, 'recruiting.manage'), input: { ...c.req.valid('param'), ...c.req.valid('json') } });
      return c.json({ ok: true }, 200);
    },
  );

  // GET /api/recruiting/applications/{id}/interview
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/recruiting/applications/{id}/interview',
      tags,
      summary: "A candidate's interview and the answers they sent",
      request: { params: ApplicationParams },
      responses: ok(HrInterview),
    }),
    async (c) => c.json(await hrInterview({ ctx: ctxOf(c, 'recruiting.manage'), input: c.req.valid('param') }), 200),
  );

  // GET /api/recruiting/takes/{id} — a sent answer's recording (each playback is audited)
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/recruiting/takes/{id}',
      tags,
      summary: "Play a candidate's recorded answer",
      request: { params: UploadParams },
      responses: {
        200: { description: 'Recording', content: { 'video/webm': { schema: { type: 'string', format: 'binary' } } } },
        ...errorResponses,
      },
    }),
    async (c) => {
      const f = await readTakeForReview({ ctx: ctxOf(c, 'recruiting.manage'), input: c.req.valid('param') });
      return mediaResponse(c, f, { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
    },
  );

  // GET /api/recruiting/jobs/{id}/shortlist
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/recruiting/jobs/{id}/shortlist',
      tags,
      summary: 'Candidates with combined rubric scores (mean per item, reviewers)',
      request: { params: JobParams, query: ShortlistQuery },
      responses: ok(Shortlist),
    }),
    async (c) =>
      c.json(
        await shortlist({ ctx: ctxOf(c, 'recruiting.manage'), input: { ...c.req.valid('param'), ...c.req.valid('query') } }),
        200,
      ),
  );

  return r;
}
