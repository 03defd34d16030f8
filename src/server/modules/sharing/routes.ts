import { createRoute } from '@hono/zod-openapi';
import { errorResponses } from '../../platform/http/errors';
import { createRouter, ctxOf } from '../../platform/http/router';
import {
  FeedPage,
  FeedPost,
  FeedQuery,
  Impact,
  PostParams,
  ShareBody,
  ShareResult,
  SharingProfile,
  SharingProfileBody,
} from './contract';
import { createShare } from './create-share';
import { getFeedPost } from './get-feed-post';
import { getImpact } from './get-impact';
import { listFeed } from './list-feed';
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
      summary: 'My feed: posts aimed at me in my language, not yet shared first, 20 per page',
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

  // GET /api/me/impact
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/me/impact',
      tags: ['sharing'],
      summary: 'My shares with their clicks, estimated reach and personalisation rate',
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
      summary: 'My ranking opt-out and audience sizes per network',
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
      summary: 'Save my ranking opt-out and audience sizes per network',
      request: { body: { ...json(SharingProfileBody), required: true } },
      responses: { 200: { description: 'Saved', ...json(SharingProfile) }, ...errorResponses },
    }),
    async (c) => c.json(await updateSharingProfile({ ctx: ctxOf(c, 'share'), input: c.req.valid('json') }), 200),
  );

  return r;
}
