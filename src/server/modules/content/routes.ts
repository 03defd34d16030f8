import { createRoute } from '@hono/zod-openapi';
import { errorResponses } from '../../platform/http/errors';
import { createRouter, ctxOf } from '../../platform/http/router';
import { archivePost } from './archive-post';
import { GoLiveBody, Post, PostInput, PostList, PostListQuery, PostParams, PostPatch, PostStats, SendBackBody } from './contract';
import { createPost } from './create-post';
import { getPost } from './get-post';
import { getPostStats } from './get-post-stats';
import { listPosts } from './list-posts';
import { restorePost } from './restore-post';
import { approvePost, sendBackPost } from './review-post';
import { contentMediaRoutes } from './routes-media';
import { submitPost } from './submit-post';
import { updatePost } from './update-post';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
const conflict = { 409: { description: 'Not allowed in the current status' } };
const one = { 200: { description: 'The post', ...json(Post) }, ...conflict, ...errorResponses };

export function contentRoutes() {
  const r = createRouter();
  r.route('/', contentMediaRoutes());

  // POST /api/posts
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/posts',
      tags: ['content'],
      summary: 'Create a draft post',
      request: { body: { ...json(PostInput), required: true } },
      responses: one,
    }),
    async (c) => c.json(await createPost({ ctx: ctxOf(c, 'content.write'), input: c.req.valid('json') }), 200),
  );

  // GET /api/posts
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/posts',
      tags: ['content'],
      summary: 'Posts by status and title, 20 per page, with counts per status',
      request: { query: PostListQuery },
      responses: { 200: { description: 'Posts', ...json(PostList) }, ...errorResponses },
    }),
    async (c) => c.json(await listPosts({ ctx: ctxOf(c, 'content.write'), input: c.req.valid('query') }), 200),
  );

  // GET /api/posts/{id}
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/posts/{id}',
      tags: ['content'],
      summary: 'One post for the editor',
      request: { params: PostParams },
      responses: one,
    }),
    async (c) => c.json(await getPost({ ctx: ctxOf(c, 'content.write'), input: c.req.valid('param') }), 200),
  );

  // GET /api/posts/{id}/stats
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/posts/{id}/stats',
      tags: ['content'],
      summary: 'Statistics of one post: shares started and confirmed, clicks, by network, department and day',
      request: { params: PostParams },
      responses: { 200: { description: 'Statistics', ...json(PostStats) }, ...errorResponses },
    }),
    async (c) => c.json(await getPostStats({ ctx: ctxOf(c, 'content.write'), input: c.req.valid('param') }), 200),
  );

  // PATCH /api/posts/{id}
  r.openapi(
    createRoute({
      method: 'patch',
      path: '/api/posts/{id}',
      tags: ['content'],
      summary: 'Edit a post (live posts keep their destination link)',
      request: { params: PostParams, body: { ...json(PostPatch), required: true } },
      responses: one,
    }),
    async (c) =>
      c.json(
        await updatePost({ ctx: ctxOf(c, 'content.write'), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        200,
      ),
  );

  // DELETE /api/posts/{id}
  r.openapi(
    createRoute({
      method: 'delete',
      path: '/api/posts/{id}',
      tags: ['content'],
      summary: 'Archive a post',
      request: { params: PostParams },
      responses: one,
    }),
    async (c) => c.json(await archivePost({ ctx: ctxOf(c, 'content.write'), input: c.req.valid('param') }), 200),
  );

  // POST /api/posts/{id}/restore
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/posts/{id}/restore',
      tags: ['content'],
      summary: 'Undo an archive within 7 days: the post returns to the status it had (409 content.restore_expired after)',
      request: { params: PostParams },
      responses: one,
    }),
    async (c) => c.json(await restorePost({ ctx: ctxOf(c, 'content.write'), input: c.req.valid('param') }), 200),
  );

  // POST /api/posts/{id}/submit
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/posts/{id}/submit',
      tags: ['content'],
      summary:
        'Submit a draft: to review if approval is required, else scheduled or published (409 content.no_audience ' +
        'when it reaches nobody, unless confirmNoAudience)',
      request: { params: PostParams, body: { ...json(GoLiveBody), required: false } },
      responses: one,
    }),
    async (c) =>
      c.json(
        await submitPost({ ctx: ctxOf(c, 'content.write'), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        200,
      ),
  );

  // POST /api/posts/{id}/approve
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/posts/{id}/approve',
      tags: ['content'],
      summary: 'Approve a post in review (409 content.no_audience when it reaches nobody, unless confirmNoAudience)',
      request: { params: PostParams, body: { ...json(GoLiveBody), required: false } },
      responses: one,
    }),
    async (c) =>
      c.json(
        await approvePost({ ctx: ctxOf(c, 'content.approve'), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        200,
      ),
  );

  // POST /api/posts/{id}/send-back
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/posts/{id}/send-back',
      tags: ['content'],
      summary: 'Return a post in review to its editor with a comment',
      request: { params: PostParams, body: { ...json(SendBackBody), required: true } },
      responses: one,
    }),
    async (c) =>
      c.json(
        await sendBackPost({ ctx: ctxOf(c, 'content.approve'), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        200,
      ),
  );

  return r;
}
