import { createRoute } from '@hono/zod-openapi';
import { errorResponses } from '../../platform/http/errors';
import { createRouter, ctxOf } from '../../platform/http/router';
import {
  AudienceCount,
  AudienceCountBody,
  AudiencePeople,
  AudienceQuery,
  ImageParams,
  ImageUpload,
  ImageUploaded,
  LinkPreview,
  PreviewBody,
} from './contract';
import { countAudience } from './count-audience';
import { getPostImage, uploadPostImage } from './images/post-images';
import { previewLink } from './preview/preview-link';
import { searchAudience } from './search-audience';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });

/** Editor helpers: link preview, image upload and download, audience search and size. Registered before /api/posts/{id}. */
export function contentMediaRoutes() {
  const r = createRouter();

  // POST /api/posts/preview
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/posts/preview',
      tags: ['content'],
      summary: 'Fetch the Open Graph preview of a public page (3 s, 512 KB, public addresses only)',
      request: { body: { ...json(PreviewBody), required: true } },
      responses: { 200: { description: 'Preview', ...json(LinkPreview) }, 422: { description: 'No preview' }, ...errorResponses },
    }),
    async (c) => c.json(await previewLink({ ctx: ctxOf(c, 'content.write'), input: c.req.valid('json') }), 200),
  );

  // POST /api/posts/images
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/posts/images',
      tags: ['content'],
      summary: 'Upload a post image (PNG, JPEG or WebP, at most 5 MB) as multipart field "file"',
      request: { body: { content: { 'multipart/form-data': { schema: ImageUpload } }, required: false } },
      responses: { 200: { description: 'Stored', ...json(ImageUploaded) }, 413: { description: 'Too large' }, ...errorResponses },
    }),
    async (c) => {
      const ctx = ctxOf(c, 'content.write');
      const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
      return c.json(await uploadPostImage({ ctx, input: { file: form.file } }), 200);
    },
  );

  // GET /api/posts/images/{key}
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/posts/images/{key}',
      tags: ['content'],
      summary: 'A post image of my organisation',
      request: { params: ImageParams },
      responses: {
        200: { description: 'Image', content: { 'image/*': { schema: { type: 'string', format: 'binary' } } } },
        ...errorResponses,
      },
    }),
    async (c) => {
      const img = await getPostImage({ ctx: ctxOf(c), input: c.req.valid('param') });
      return c.body(img.bytes as Uint8Array<ArrayBuffer>, 200, {
        'content-type': img.contentType,
        'cache-control': 'private, max-age=86400, immutable',
        'x-content-type-options': 'nosniff',
      });
    },
  );

  // GET /api/posts/audience-search
  r.openapi(
    createRoute({
      method: 'get',
      path: '/api/posts/audience-search',
      tags: ['content'],
      summary: 'Active people by name, to aim a post at named persons',
      request: { query: AudienceQuery },
      responses: { 200: { description: 'People', ...json(AudiencePeople) }, ...errorResponses },
    }),
    async (c) => c.json(await searchAudience({ ctx: ctxOf(c, 'content.write'), input: c.req.valid('query') }), 200),
  );

  // POST /api/posts/audience-count
  r.openapi(
    createRoute({
      method: 'post',
      path: '/api/posts/audience-count',
      tags: ['content'],
      summary: 'How many active people a targeting and language reach now, out of how many (nothing is saved)',
      request: { body: { ...json(AudienceCountBody), required: true } },
      responses: { 200: { description: 'Audience size', ...json(AudienceCount) }, ...errorResponses },
    }),
    async (c) => c.json(await countAudience({ ctx: ctxOf(c, 'content.write'), input: c.req.valid('json') }), 200),
  );

  return r;
}
