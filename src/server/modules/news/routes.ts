import { createRoute } from '@hono/zod-openapi';
import { errorResponses } from '../../platform/http/errors';
import { mediaResponse } from '../../platform/http/media-response';
import { createRouter, ctxOf } from '../../platform/http/router';
import { addComment, hideComment, react } from './comments';
import {
  CommentBody,
  CommentParams,
  HideBody,
  MediaParams,
  MediaUpload,
  MediaUploaded,
  NewsFeed,
  NewsInput,
  NewsItem,
  NewsList,
  NewsParams,
  NewsPost,
  NewsStats,
  ReactionBody,
} from './contract';
import { getNewsPost, listNewsPosts } from './manage';
import { getNewsMedia, uploadNewsMedia } from './media';
import { acknowledgeNews, listMyNews, readNews } from './reader';
import { saveNewsPost, setNewsStatus } from './save-post';
import { newsStats } from './stats';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
const tags = ['news'];
const ok = json(NewsPost);

export function newsRoutes() {
  const r = createRouter();

  // GET /api/news
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/news',
      tags,
      summary: 'Internal news aimed at me, in my language',
      responses: { 200: { description: 'News', ...json(NewsFeed) }, ...errorResponses },
    }),
    async (c) => c.json(await listMyNews({ ctx: ctxOf(c) }), 200),
  );

  // GET /api/news/posts
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/news/posts',
      tags,
      summary: 'All internal posts (editors)',
      responses: { 200: { description: 'Posts', ...json(NewsList) }, ...errorResponses },
    }),
    async (c) => c.json(await listNewsPosts({ ctx: ctxOf(c, 'news.write') }), 200),
  );

  // POST /api/news/posts
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/news/posts',
      tags,
      summary: 'Create an internal post (draft)',
      request: { body: { ...json(NewsInput), required: true } },
      responses: { 200: { description: 'Created', ...ok }, ...errorResponses },
    }),
    async (c) => c.json(await saveNewsPost({ ctx: ctxOf(c, 'news.write'), input: c.req.valid('json') }), 200),
  );

  // POST /api/news/media
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/news/media',
      tags,
      summary: 'Upload an image (5 MB) or a video/audio message (50 MB), checked by content, as multipart field "file"',
      request: { body: { content: { 'multipart/form-data': { schema: MediaUpload } }, required: false } },
      responses: { 200: { description: 'Stored', ...json(MediaUploaded) }, ...errorResponses },
    }),
    async (c) => {
      const ctx = ctxOf(c, 'news.write');
      const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
      return c.json(await uploadNewsMedia({ ctx, input: { file: form.file } }), 200);
    },
  );

  // GET /api/news/media/{key}
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/news/media/{key}',
      tags,
      summary: 'An image, video or audio file of my organisation (never served as a page)',
      request: { params: MediaParams },
      responses: {
        200: { description: 'File', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } },
        ...errorResponses,
      },
    }),
    async (c) => {
      const f = await getNewsMedia({ ctx: ctxOf(c), input: c.req.valid('param') });
      return mediaResponse(c, f, {
        'content-disposition': 'inline',
        'cache-control': 'private, max-age=86400, immutable',
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; sandbox",
      });
    },
  );

  // GET /api/news/posts/{id}
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/news/posts/{id}',
      tags,
      summary: 'An internal post (editors)',
      request: { params: NewsParams },
      responses: { 200: { description: 'Post', ...ok }, ...errorResponses },
    }),
    async (c) => c.json(await getNewsPost({ ctx: ctxOf(c, 'news.write'), input: c.req.valid('param') }), 200),
  );

  // PUT /api/news/posts/{id}
  r.openapi(
    createRoute({
      method: 'put',
      path: '/api/news/posts/{id}',
      tags,
      summary: 'Change an internal post',
      request: { params: NewsParams, body: { ...json(NewsInput), required: true } },
      responses: { 200: { description: 'Saved', ...ok }, ...errorResponses },
    }),
    async (c) =>
      c.json(
        await saveNewsPost({ ctx: ctxOf(c, 'news.write'), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        200,
      ),
  );

  for (const [action, to] of [
    ['publish', 'published'],
    ['archive', 'archived'],
  ] as const) {
    // POST /api/news/posts/{id}/publish, POST /api/news/posts/{id}/archive
    r.openapi(
      createRoute({
        method: 'post',
        path: `/api/news/posts/{id}/${action}`,
        tags,
        summary: `${action} an internal post`,
        request: { params: NewsParams },
        responses: { 200: { description: 'Post', ...ok }, ...errorResponses },
      }),
      async (c) => c.json(await setNewsStatus({ ctx: ctxOf(c, 'news.write'), input: { ...c.req.valid('param'), to } }), 200),
    );
  }

  // GET /api/news/posts/{id}/stats
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/news/posts/{id}/stats',
      tags,
      summary: 'Reach, read and acknowledgement by department and site',
      request: { params: NewsParams },
      responses: { 200: { description: 'Stats', ...json(NewsStats) }, ...errorResponses },
    }),
    async (c) => c.json(await newsStats({ ctx: ctxOf(c, 'news.write'), input: c.req.valid('param') }), 200),
  );

  // GET /api/news/{id}
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/news/{id}',
      tags,
      summary: 'Read an internal post (counts as read)',
      request: { params: NewsParams },
      responses: { 200: { description: 'Post', ...json(NewsItem) }, ...errorResponses },
    }),
    async (c) => c.json(await readNews({ ctx: ctxOf(c), input: c.req.valid('param') }), 200),
  );

  // POST /api/news/{id}/acknowledge
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/news/{id}/acknowledge',
      tags,
      summary: '"I have read and understood" a must-read',
      request: { params: NewsParams },
      responses: { 200: { description: 'Acknowledged' }, ...errorResponses },
    }),
    async (c) => c.json(await acknowledgeNews({ ctx: ctxOf(c), input: c.req.valid('param') }), 200),
  );

  // POST /api/news/{id}/comments
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/news/{id}/comments',
      tags,
      summary: 'Comment on a post',
      request: { params: NewsParams, body: { ...json(CommentBody), required: true } },
      responses: { 200: { description: 'Commented' }, ...errorResponses },
    }),
    async (c) => c.json(await addComment({ ctx: ctxOf(c), input: { ...c.req.valid('param'), ...c.req.valid('json') } }), 200),
  );

  // POST /api/news/{id}/comments/{commentId}/hide
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/news/{id}/comments/{commentId}/hide',
      tags,
      summary: 'Hide a comment with a reason (moderators, audited)',
      request: { params: CommentParams, body: { ...json(HideBody), required: true } },
      responses: { 200: { description: 'Hidden' }, ...errorResponses },
    }),
    async (c) =>
      c.json(await hideComment({ ctx: ctxOf(c, 'news.write'), input: { ...c.req.valid('param'), ...c.req.valid('json') } }), 200),
  );

  // POST /api/news/{id}/reactions
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/news/{id}/reactions',
      tags,
      summary: 'Add or remove a reaction',
      request: { params: NewsParams, body: { ...json(ReactionBody), required: true } },
      responses: { 200: { description: 'Done' }, ...errorResponses },
    }),
    async (c) => c.json(await react({ ctx: ctxOf(c), input: { ...c.req.valid('param'), ...c.req.valid('json') } }), 200),
  );

  return r;
}
