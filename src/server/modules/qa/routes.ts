import { createRoute } from '@hono/zod-openapi';
import { errorResponses } from '../../platform/http/errors';
import { createRouter, ctxOf } from '../../platform/http/router';
import { uploadAnswerMedia } from './answer-media';
import {
  AnswerBody,
  AnswerMedia,
  AnswerMediaUpload,
  AskBody,
  LeaderPeople,
  LeaderQuery,
  ModerateBody,
  QaSession,
  QaSessionList,
  QuestionParams,
  SessionBody,
  SessionParams,
} from './contract';
import { answer, ask, moderate, vote } from './questions';
import { closeSession, createSession, listSessions, searchLeaders } from './sessions';
import { sessionView } from './view';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
const tags = ['qa'];
const one = { 200: { description: 'Session', ...json(QaSession) }, ...errorResponses };

export function qaRoutes() {
  const r = createRouter();

  // GET /api/qa
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/qa',
      tags,
      summary: 'Ask leadership sessions',
      responses: { 200: { description: 'Sessions', ...json(QaSessionList) }, ...errorResponses },
    }),
    async (c) => c.json(await listSessions({ ctx: ctxOf(c) }), 200),
  );

  // POST /api/qa
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/qa',
      tags,
      summary: 'Open a session with the leaders who answer',
      request: { body: { ...json(SessionBody), required: true } },
      responses: one,
    }),
    async (c) => c.json(await createSession({ ctx: ctxOf(c, 'qa.moderate'), input: c.req.valid('json') }), 200),
  );

  // GET /api/qa/leader-search (before /api/qa/{id}, which would otherwise catch it)
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/qa/leader-search',
      tags,
      summary: 'Active people by name, to choose the leaders who answer a session',
      request: { query: LeaderQuery },
      responses: { 200: { description: 'People', ...json(LeaderPeople) }, ...errorResponses },
    }),
    async (c) => c.json(await searchLeaders({ ctx: ctxOf(c, 'qa.moderate'), input: c.req.valid('query') }), 200),
  );

  // GET /api/qa/{id}
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/qa/{id}',
      tags,
      summary: 'A session and its questions',
      request: { params: SessionParams },
      responses: one,
    }),
    async (c) => c.json(await sessionView(ctxOf(c), c.req.valid('param').id), 200),
  );

  // POST /api/qa/{id}/close
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/qa/{id}/close',
      tags,
      summary: 'Close a session (answers stay browsable)',
      request: { params: SessionParams },
      responses: one,
    }),
    async (c) => c.json(await closeSession({ ctx: ctxOf(c, 'qa.moderate'), input: c.req.valid('param') }), 200),
  );

  // POST /api/qa/{id}/questions
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/qa/{id}/questions',
      tags,
      summary: 'Ask a question, named or anonymous',
      request: { params: SessionParams, body: { ...json(AskBody), required: true } },
      responses: one,
    }),
    async (c) => c.json(await ask({ ctx: ctxOf(c), input: { ...c.req.valid('param'), ...c.req.valid('json') } }), 200),
  );

  // POST /api/qa/{id}/questions/{questionId}/vote
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/qa/{id}/questions/{questionId}/vote',
      tags,
      summary: 'Upvote a question (once)',
      request: { params: QuestionParams },
      responses: one,
    }),
    async (c) => c.json(await vote({ ctx: ctxOf(c), input: c.req.valid('param') }), 200),
  );

  // POST /api/qa/{id}/questions/{questionId}/moderate
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/qa/{id}/questions/{questionId}/moderate',
      tags,
      summary: 'Approve or reject a question',
      request: { params: QuestionParams, body: { ...json(ModerateBody), required: true } },
      responses: one,
    }),
    async (c) =>
      c.json(await moderate({ ctx: ctxOf(c, 'qa.moderate'), input: { ...c.req.valid('param'), ...c.req.valid('json') } }), 200),
  );

  // POST /api/qa/{id}/questions/{questionId}/answer
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/qa/{id}/questions/{questionId}/answer',
      tags,
      summary: 'A leader answers in text, audio or video',
      request: { params: QuestionParams, body: { ...json(AnswerBody), required: true } },
      responses: one,
    }),
    async (c) => c.json(await answer({ ctx: ctxOf(c), input: { ...c.req.valid('param'), ...c.req.valid('json') } }), 200),
  );

  // POST /api/qa/{id}/media
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/qa/{id}/media',
      tags,
      summary: 'A leader\'s audio or video answer (50 MB, checked by content), as multipart field "file"',
      request: {
        params: SessionParams,
        body: { content: { 'multipart/form-data': { schema: AnswerMediaUpload } }, required: false },
      },
      responses: { 200: { description: 'Stored', ...json(AnswerMedia) }, ...errorResponses },
    }),
    async (c) => {
      const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
      return c.json(await uploadAnswerMedia({ ctx: ctxOf(c), input: { ...c.req.valid('param'), file: form.file } }), 200);
    },
  );

  return r;
}
