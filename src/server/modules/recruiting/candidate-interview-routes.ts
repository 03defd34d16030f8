import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../../platform/errors';
import { errorBody } from '../../platform/http/errors';
import { mediaResponse } from '../../platform/http/media-response';
import type { AppEnv } from '../../platform/http/types';
import { MAX_CHUNK_BYTES } from '../../platform/uploads';
import { answerUploadState, finishAnswerUpload, sendAnswerChunk, startAnswerUpload } from './answer-takes';
import { sessionFor } from './candidate-routes';
import { fromOwnForm } from './html';
import { interviewOf, questionOf } from './interview-access';
import { candidateInterview, chooseAnswer, readOwnTake, submitInterview } from './interview-candidate';
import { CandidateAnswerBody, CandidateUploadStartBody, ChunkQuery } from './interview-contract';
import { readPrompt } from './question-prompt';

type C = Context<AppEnv>;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const base = '/careers/:slug/status/interview';

/**
 * The candidate's side of the interview, as JSON for the interview page (web app, /interview/:slug). Under the status
 * path so the candidate's session cookie (scoped to it) comes along; writes must come from our own pages.
 */
export function candidateInterviewRoutes() {
  const r = new OpenAPIHono<AppEnv>();

  r.get(base, async (c) => {
    const s = await session(c);
    return c.json(await candidateInterview(s.ctx, s.applicationId), 200);
  });

  // The hiring manager's recorded question, for the candidate whose interview asks it.
  r.get(`${base}/questions/:qid/prompt`, async (c) => {
    const s = await session(c);
    const { jobId } = await interviewOf(s.ctx, s.applicationId);
    const qid = id(c.req.param('qid'));
    await questionOf(s.ctx, jobId, qid);
    return media(c, await readPrompt(s.ctx, qid));
  });

  r.post(`${base}/uploads`, async (c) => {
    const s = await session(c, true);
    const input = CandidateUploadStartBody.safeParse(await c.req.json().catch(() => null));
    if (!input.success) throw new AppError('validation_failed', 400);
    return c.json(await startAnswerUpload(s.ctx, s.applicationId, input.data), 200);
  });

  // Where to resume after a dropped connection.
  r.get(`${base}/uploads/:id`, async (c) => {
    const s = await session(c);
    return c.json(await answerUploadState(s.ctx, s.applicationId, id(c.req.param('id'))), 200);
  });

  r.put(
    `${base}/uploads/:id`,
    bodyLimit({
      maxSize: MAX_CHUNK_BYTES,
      onError: (c) => c.json(errorBody(c, 'upload_too_large', { max: MAX_CHUNK_BYTES / 1024 / 1024 }), 413),
    }),
    async (c) => {
      const s = await session(c, true);
      const q = ChunkQuery.safeParse({ offset: c.req.query('offset') });
      if (!q.success) throw new AppError('validation_failed', 400);
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      return c.json(
        await sendAnswerChunk(s.ctx, s.applicationId, { id: id(c.req.param('id')), offset: q.data.offset, bytes }),
        200,
      );
    },
  );

  r.post(`${base}/uploads/:id/finish`, async (c) => {
    const s = await session(c, true);
    return c.json(await finishAnswerUpload(s.ctx, s.applicationId, id(c.req.param('id'))), 200);
  });

  r.get(`${base}/takes/:id`, async (c) => {
    const s = await session(c);
    return media(c, await readOwnTake(s.ctx, s.applicationId, id(c.req.param('id'))));
  });

  r.post(`${base}/answers/:qid`, async (c) => {
    const s = await session(c, true);
    const input = CandidateAnswerBody.safeParse(await c.req.json().catch(() => null));
    if (!input.success) throw new AppError('validation_failed', 400);
    await chooseAnswer(s.ctx, s.applicationId, { questionId: id(c.req.param('qid')), ...input.data });
    return c.json({ ok: true }, 200);
  });

  r.post(`${base}/submit`, async (c) => {
    const s = await session(c, true);
    await submitInterview(s.ctx, s.applicationId);
    return c.json({ ok: true }, 200);
  });

  return r;
}

const id = (v: string | undefined) => {
  if (!v || !UUID.test(v)) throw new AppError('not_found', 404, { what: 'resource' });
  return v;
};

/** The candidate's session (else 401: the page asks for a new link); a write must come from our own page (CSRF). */
async function session(c: C, write = false) {
  if (write && !fromOwnForm(c.req.raw.headers, c.get('platform').config.publicUrl, c.req.url))
    throw new AppError('csrf_rejected', 403);
  const found = await sessionFor(c);
  if (!found) throw new AppError('recruiting.session_expired', 401);
  return { ctx: found.org.ctx, applicationId: found.applicationId };
}

const media = (c: C, f: { bytes: Uint8Array; contentType: string }) =>
  mediaResponse(c, f, { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
