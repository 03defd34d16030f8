import { createRoute } from '@hono/zod-openapi';
import { requirePermission } from '../../platform/ctx';
import { errorResponses } from '../../platform/http/errors';
import { mediaResponse } from '../../platform/http/media-response';
import { createRouter, ctxOf } from '../../platform/http/router';
import {
  AttachBody,
  ChunkQuery,
  PromptUploadParams,
  Question,
  QuestionParams,
  UploadStartBody,
  UploadState,
} from './interview-contract';
import { attachPrompt, promptUploadState, readPrompt, removePrompt, sendPromptChunk, startPromptUpload } from './question-prompt';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
const tags = ['recruiting'];
const ok = <T>(schema: T, description = 'Done') => ({ 200: { description, ...json(schema) }, ...errorResponses });
const body = <T>(schema: T) => ({ body: { ...json(schema), required: true } });
const media = {
  200: { description: 'Recording', content: { 'video/webm': { schema: { type: 'string' as const, format: 'binary' } } } },
};

/** The hiring manager records a question in their own voice: a resumable upload (tus-like), then attached. */
export function promptRoutes() {
  const r = createRouter();
  const route = createRoute;

  // POST /api/recruiting/questions/{id}/uploads — start a resumable upload of the question's recording
  r.openapi(
    route({
      method: 'post',
      path: '/api/recruiting/questions/{id}/uploads',
      tags,
      summary: 'Start uploading a recorded question',
      request: { params: QuestionParams, ...body(UploadStartBody) },
      responses: ok(UploadState),
    }),
    async (c) =>
      c.json(
        await startPromptUpload({
          ctx: ctxOf(c, 'recruiting.manage'),
          input: { ...c.req.valid('param'), ...c.req.valid('json') },
        }),
        200,
      ),
  );
  // GET /api/recruiting/questions/{id}/uploads/{uploadId} — the offset to resume from
  r.openapi(
    route({
      method: 'get',
      path: '/api/recruiting/questions/{id}/uploads/{uploadId}',
      tags,
      summary: 'Where an upload resumes',
      request: { params: PromptUploadParams },
      responses: ok(UploadState),
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(
        await promptUploadState({ ctx: ctxOf(c, 'recruiting.manage'), input: { id: p.uploadId, questionId: p.id } }),
        200,
      );
    },
  );
  // PUT /api/recruiting/questions/{id}/uploads/{uploadId}?offset= — one chunk (raw bytes) at the server's offset
  r.openapi(
    route({
      method: 'put',
      path: '/api/recruiting/questions/{id}/uploads/{uploadId}',
      tags,
      summary: 'Send a chunk (409 with the expected offset when out of place)',
      request: { params: PromptUploadParams, query: ChunkQuery },
      responses: ok(UploadState),
    }),
    async (c) => {
      const ctx = ctxOf(c, 'recruiting.manage');
      const p = c.req.valid('param');
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      return c.json(
        await sendPromptChunk({ ctx, input: { id: p.uploadId, questionId: p.id, offset: c.req.valid('query').offset, bytes } }),
        200,
      );
    },
  );
  // PUT /api/recruiting/questions/{id}/recording — finish the upload and make it the question's recording
  r.openapi(
    route({
      method: 'put',
      path: '/api/recruiting/questions/{id}/recording',
      tags,
      summary: 'Attach the uploaded recording',
      request: { params: QuestionParams, ...body(AttachBody) },
      responses: ok(Question),
    }),
    async (c) =>
      c.json(
        await attachPrompt({ ctx: ctxOf(c, 'recruiting.manage'), input: { ...c.req.valid('param'), ...c.req.valid('json') } }),
        200,
      ),
  );
  // GET /api/recruiting/questions/{id}/recording
  r.openapi(
    route({
      method: 'get',
      path: '/api/recruiting/questions/{id}/recording',
      tags,
      summary: 'The recorded question',
      request: { params: QuestionParams },
      responses: { ...media, ...errorResponses },
    }),
    async (c) => {
      const ctx = ctxOf(c, 'recruiting.manage');
      requirePermission(ctx, 'recruiting.manage');
      const f = await readPrompt(ctx, c.req.valid('param').id);
      return mediaResponse(c, f, { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
    },
  );
  // DELETE /api/recruiting/questions/{id}/recording
  r.openapi(
    route({
      method: 'delete',
      path: '/api/recruiting/questions/{id}/recording',
      tags,
      summary: 'Remove the recorded question',
      request: { params: QuestionParams },
      responses: ok(Question),
    }),
    async (c) => c.json(await removePrompt({ ctx: ctxOf(c, 'recruiting.manage'), input: c.req.valid('param') }), 200),
  );
  return r;
}
