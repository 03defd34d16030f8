import { createRoute } from '@hono/zod-openapi';
import { errorResponses } from '../../platform/http/errors';
import { createRouter, ctxOf } from '../../platform/http/router';
import { answerShare } from './answer-share';
import {
  FeedPage,
  FeedPost,
  FeedQuery,
  Impact,
  PendingShares,
  PostParams,
  ShareAnswerBody,
  ShareBody,
  ShareParams,
  ShareResult,
  ShareState,
  SharingProfile,
  SharingProfileBody,
} from './contract';
import { createShare } from './create-share';
import { getFeedPost } from './get-feed-post';
import { getImpact } from './get-impact';
import { listFeed } from './list-feed';
import { listPendingShares } from './pending-shares';
import { getSharingProfile, updateSharingProfile } from './sharing-profile';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });

export function sharingRoutes() {
  const r = createRouter();

  // GET /api/feed
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/feed',
      tags: ['sharing'],
      summary: 'My feed: posts aimed at me in a language I read, not yet shared first, 20 per page',
      request: { query: FeedQuery },
      responses: { 200: { description: 'Feed page', ...json(FeedPage) }, ...errorResponses },
    }),
    async (c) => c.json(await listFeed({ ctx: ctxOf(c, 'share'), input: c.req.valid('query') }), 200),
  );

  // GET /api/feed/{postId}
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/feed/{postId}',
      tags: ['sharing'],
      summary: 'One post of my feed with suggested captions, disclosure, blocked words and network limits',
      request: { params: PostParams },
      responses: { 200: { description: 'Post to share', ...json(FeedPost) }, ...errorResponses },
    }),
    async (c) => c.json(await getFeedPost({ ctx: ctxOf(c, 'share'), input: c.req.valid('param') }), 200),
  );

  // POST /api/shares
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/shares',
      tags: ['sharing'],
      summary: 'Record a share with my final text and get the tracked link and the network share intent',
      request: { body: { ...json(ShareBody), required: true } },
      responses: { 200: { description: 'Share recorded', ...json(ShareResult) }, ...errorResponses },
    }),
    async (c) => c.json(await createShare({ ctx: ctxOf(c, 'share'), input: c.req.valid('json') }), 200),
  );

  // POST /api/shares/{shareId}/answer
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/shares/{shareId}/answer',
      tags: ['sharing'],
      summary: 'Say whether I posted a share I started: posted, not yet (ask again later) or changed my mind',
      request: { params: ShareParams, body: { ...json(ShareAnswerBody), required: true } },
      responses: {
        200: { description: 'The share now', ...json(ShareState) },
        409: { description: 'Already answered: sharing.already_answered' },
        ...errorResponses,
      },
    }),
    async (c) =>
      c.json(await answerShare({ ctx: ctxOf(c, 'share'), input: { ...c.req.valid('param'), ...c.req.valid('json') } }), 200),
  );

  // GET /api/me/shares/pending
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/me/shares/pending',
      tags: ['sharing'],
      summary: 'My shares of the last 7 days I have not said I posted (asked again a day after "not yet")',
      responses: { 200: { description: 'Shares to ask about', ...json(PendingShares) }, ...errorResponses },
    }),
    async (c) => c.json(await listPendingShares({ ctx: ctxOf(c, 'share') }), 200),
  );

  // GET /api/me/impact
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/me/impact',
      tags: ['sharing'],
      summary: 'My shares (started and confirmed) with their clicks, estimated reach and personalisation rate',
      responses: { 200: { description: 'My impact', ...json(Impact) }, ...errorResponses },
    }),
    async (c) => c.json(await getImpact({ ctx: ctxOf(c, 'share') }), 200),
  );

  // GET /api/me/sharing-profile
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/me/sharing-profile',
      tags: ['sharing'],
      summary: 'My content languages, ranking opt-out and audience sizes per network',
      responses: { 200: { description: 'Sharing profile', ...json(SharingProfile) }, ...errorResponses },
    }),
    async (c) => c.json(await getSharingProfile({ ctx: ctxOf(c, 'share') }), 200),
  );

  // PUT /api/me/sharing-profile
  r.openapi(
    createRoute({
      method: 'put',
      path: '/api/me/sharing-profile',
      tags: ['sharing'],
      summary: 'Save my content languages, ranking opt-out and audience sizes per network',
      request: { body: { ...json(SharingProfileBody), required: true } },
      responses: { 200: { description: 'Saved', ...json(SharingProfile) }, ...errorResponses },
    }),
    async (c) => c.json(await updateSharingProfile({ ctx: ctxOf(c, 'share'), input: c.req.valid('json') }), 200),
  );

  return r;
}
