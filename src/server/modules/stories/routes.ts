import { createRoute } from '@hono/zod-openapi';
import { errorResponses } from '../../platform/http/errors';
import { createRouter, ctxOf } from '../../platform/http/router';
import {
  ColleagueQuery,
  Colleagues,
  Created,
  MyStories,
  Ok,
  PhotoParams,
  PhotoUpload,
  PhotoUploaded,
  Story,
  StoryInput,
  StoryParams,
  TaggedStories,
} from './contract';
import { declineTag, getStory, myStories, searchColleagues, taggedStories } from './list-stories';
import { getStoryPhoto, uploadStoryPhoto } from './photos/photo-store';
import { storyModerationRoutes } from './routes-moderation';
import { resubmitStory, submitStory } from './submit-story';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
const tags = ['stories'];

/** The employee's side: photos, submitting and editing, my stories, stories that name me. */
export function storyRoutes() {
  const r = createRouter();

  // POST /api/stories/photos
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/stories/photos',
      tags,
      summary:
        'Upload a photo (JPEG, PNG or WebP, 15 MB, 40 megapixels) as multipart field "file"; stored re-encoded, without metadata',
      request: { body: { content: { 'multipart/form-data': { schema: PhotoUpload } }, required: false } },
      responses: { 200: { description: 'Stored', ...json(PhotoUploaded) }, 413: { description: 'Too large' }, ...errorResponses },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
      return c.json(await uploadStoryPhoto({ ctx, input: { file: form.file } }), 200);
    },
  );

  // GET /api/stories/photos/{key}
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/stories/photos/{key}',
      tags,
      summary: 'A story photo of my organisation',
      request: { params: PhotoParams },
      responses: {
        200: { description: 'Image', content: { 'image/jpeg': { schema: { type: 'string', format: 'binary' } } } },
        ...errorResponses,
      },
    }),
    async (c) => {
      const img = await getStoryPhoto({ ctx: ctxOf(c), input: c.req.valid('param') });
      return c.body(img.bytes as Uint8Array<ArrayBuffer>, 200, {
        'content-type': img.contentType,
        'cache-control': 'private, max-age=3600',
        'x-content-type-options': 'nosniff',
      });
    },
  );

  // GET /api/stories/mine
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/stories/mine',
      tags,
      summary: 'My stories with their state, comments and reach',
      responses: { 200: { description: 'Mine', ...json(MyStories) }, ...errorResponses },
    }),
    async (c) => c.json(await myStories({ ctx: ctxOf(c) }), 200),
  );

  // GET /api/stories/tagged
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/stories/tagged',
      tags,
      summary: 'Stories that name me',
      responses: { 200: { description: 'Tagged', ...json(TaggedStories) }, ...errorResponses },
    }),
    async (c) => c.json(await taggedStories({ ctx: ctxOf(c) }), 200),
  );

  // GET /api/stories/colleagues
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/stories/colleagues',
      tags,
      summary: 'Colleagues to name in a story',
      request: { query: ColleagueQuery },
      responses: { 200: { description: 'People', ...json(Colleagues) }, ...errorResponses },
    }),
    async (c) => c.json(await searchColleagues({ ctx: ctxOf(c), input: c.req.valid('query') }), 200),
  );

  // POST /api/stories
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/stories',
      tags,
      summary: 'Submit a story (photos uploaded first); the colleagues named are told',
      request: { body: { ...json(StoryInput), required: true } },
      responses: { 200: { description: 'Submitted', ...json(Created) }, ...errorResponses },
    }),
    async (c) => c.json(await submitStory({ ctx: ctxOf(c), input: c.req.valid('json') }), 200),
  );

  r.route('/', storyModerationRoutes());

  // GET /api/stories/{id}
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/stories/{id}',
      tags,
      summary: 'One story',
      request: { params: StoryParams },
      responses: { 200: { description: 'Story', ...json(Story) }, ...errorResponses },
    }),
    async (c) => c.json(await getStory({ ctx: ctxOf(c), input: c.req.valid('param') }), 200),
  );

  // PUT /api/stories/{id}
  r.openapi(
    createRoute({
      method: 'put',
      path: '/api/stories/{id}',
      tags,
      summary: 'Edit a story comms sent back and submit it again',
      request: { params: StoryParams, body: { ...json(StoryInput), required: true } },
      responses: { 200: { description: 'Resubmitted', ...json(Created) }, ...errorResponses },
    }),
    async (c) => c.json(await resubmitStory({ ctx: ctxOf(c), input: { ...c.req.valid('json'), ...c.req.valid('param') } }), 200),
  );

  // POST /api/stories/{id}/decline-tag
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/stories/{id}/decline-tag',
      tags,
      summary: 'Decline being named in a story (removed before publication)',
      request: { params: StoryParams },
      responses: { 200: { description: 'Declined', ...json(Ok) }, ...errorResponses },
    }),
    async (c) => c.json(await declineTag({ ctx: ctxOf(c), input: c.req.valid('param') }), 200),
  );

  return r;
}
