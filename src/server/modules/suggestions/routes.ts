import { createRoute } from '@hono/zod-openapi';
import { errorResponses } from '../../platform/http/errors';
import { createRouter, ctxOf } from '../../platform/http/router';
import {
  Created,
  MessageBody,
  StatusBody,
  Suggestion,
  SuggestionBody,
  SuggestionList,
  SuggestionListQuery,
  SuggestionParams,
  Thread,
  ThreadOpenBody,
  ThreadReplyBody,
  ThreadStatusBody,
  ThreadStatuses,
  Voted,
} from './contract';
import { createSuggestion } from './create-suggestion';
import { listSuggestions } from './list-suggestions';
import { setStatus } from './set-status';
import { getThread, openThreadBySecret, postMessage, replyBySecret, threadStatuses } from './thread';
import { voteSuggestion } from './vote-suggestion';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
const tags = ['suggestions'];

export function suggestionRoutes() {
  const r = createRouter();

  // GET /api/suggestions
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/suggestions',
      tags,
      summary: 'The suggestion box: every suggestion with its status and votes',
      request: { query: SuggestionListQuery },
      responses: { 200: { description: 'Suggestions', ...json(SuggestionList) }, ...errorResponses },
    }),
    async (c) => c.json(await listSuggestions({ ctx: ctxOf(c), input: c.req.valid('query') }), 200),
  );

  // POST /api/suggestions
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/suggestions',
      tags,
      summary: 'Send a suggestion, named or anonymous (anonymous: with a secret made in the browser)',
      request: { body: { ...json(SuggestionBody), required: true } },
      responses: { 200: { description: 'Created', ...json(Created) }, ...errorResponses },
    }),
    async (c) => c.json(await createSuggestion({ ctx: ctxOf(c), input: c.req.valid('json') }), 200),
  );

  // POST /api/suggestions/{id}/vote
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/suggestions/{id}/vote',
      tags,
      summary: 'Upvote a suggestion (one vote each)',
      request: { params: SuggestionParams },
      responses: { 200: { description: 'Voted', ...json(Voted) }, ...errorResponses },
    }),
    async (c) => c.json(await voteSuggestion({ ctx: ctxOf(c), input: { ...c.req.valid('param'), on: true } }), 200),
  );

  // DELETE /api/suggestions/{id}/vote
  r.openapi(
    createRoute({
      method: 'delete',
      path: '/api/suggestions/{id}/vote',
      tags,
      summary: 'Take back my vote',
      request: { params: SuggestionParams },
      responses: { 200: { description: 'Vote removed', ...json(Voted) }, ...errorResponses },
    }),
    async (c) => c.json(await voteSuggestion({ ctx: ctxOf(c), input: { ...c.req.valid('param'), on: false } }), 200),
  );

  // GET /api/suggestions/{id}/thread
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/suggestions/{id}/thread',
      tags,
      summary: 'The conversation of a suggestion (HR, or its named author)',
      request: { params: SuggestionParams },
      responses: { 200: { description: 'Thread', ...json(Thread) }, ...errorResponses },
    }),
    async (c) => c.json(await getThread({ ctx: ctxOf(c), input: c.req.valid('param') }), 200),
  );

  // POST /api/suggestions/{id}/messages
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/suggestions/{id}/messages',
      tags,
      summary: 'Reply in the conversation (HR, or the named author)',
      request: { params: SuggestionParams, body: { ...json(MessageBody), required: true } },
      responses: { 200: { description: 'Thread', ...json(Thread) }, ...errorResponses },
    }),
    async (c) => c.json(await postMessage({ ctx: ctxOf(c), input: { ...c.req.valid('json'), ...c.req.valid('param') } }), 200),
  );

  // POST /api/suggestions/{id}/status
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/suggestions/{id}/status',
      tags,
      summary: 'Move a suggestion on (under review, planned, done with what was done, declined with a reason)',
      request: { params: SuggestionParams, body: { ...json(StatusBody), required: true } },
      responses: { 200: { description: 'Suggestion', ...json(Suggestion) }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await setStatus({ ctx: ctxOf(c, 'suggestions.manage'), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        200,
      ),
  );

  // POST /api/suggestion-threads/open
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/suggestion-threads/open',
      tags,
      summary: 'An anonymous author reads their thread with its secret (no session used)',
      request: { body: { ...json(ThreadOpenBody), required: true } },
      responses: { 200: { description: 'Thread', ...json(Thread) }, ...errorResponses },
    }),
    async (c) => c.json(await openThreadBySecret(c.get('platform'), c.req.valid('json')), 200),
  );

  // POST /api/suggestion-threads/reply
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/suggestion-threads/reply',
      tags,
      summary: 'An anonymous author answers in their thread (a replayed request is refused)',
      request: { body: { ...json(ThreadReplyBody), required: true } },
      responses: { 200: { description: 'Thread', ...json(Thread) }, ...errorResponses },
    }),
    async (c) => c.json(await replyBySecret(c.get('platform'), c.req.valid('json')), 200),
  );

  // POST /api/suggestion-threads/status
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/suggestion-threads/status',
      tags,
      summary: 'Status and reply notice of the threads whose secrets this device holds',
      request: { body: { ...json(ThreadStatusBody), required: true } },
      responses: { 200: { description: 'Statuses', ...json(ThreadStatuses) }, ...errorResponses },
    }),
    async (c) => c.json(await threadStatuses(c.get('platform'), c.req.valid('json')), 200),
  );

  return r;
}
