import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../../platform/http/types';
import { approvedEventPhoto } from '../stories';
import { eventUrl } from './mail';
import { galleryUrl, loadPublicGallery } from './public-gallery';
import { galleryPage, notFoundPage } from './public-page';

const KEY = /^[0-9a-f-]{36}\.jpg$/;
const html = (c: Context<AppEnv>, status: 200 | 404, body: string, cache: string) =>
  c.body(body, status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': cache });

/**
 * The public gallery of an event, where its tracked links lead: server-rendered HTML for visitors without an account
 * and for link previews (which run no JavaScript). Not in the OpenAPI document: it is a page, not the API.
 */
export function publicGalleryRoutes() {
  const r = new OpenAPIHono<AppEnv>();

  // GET /gallery/:slug/:id
  r.get('/gallery/:slug/:id', async (c) => {
    const platform = c.get('platform');
    const locale = c.get('locale');
    const g = await loadPublicGallery(platform, c.req.param('slug'), c.req.param('id'), locale);
    if (!g) return html(c, 404, notFoundPage(locale), 'no-store');
    const page = galleryUrl(platform, g.org.slug, g.event.id);
    const body = galleryPage(locale, g, {
      page,
      photo: (key) => `${page}/photos/${key}`,
      app: eventUrl(platform, g.event.id),
    });
    // Short public caching: a story withdrawn or an event cancelled disappears within a minute.
    return html(c, 200, body, 'public, max-age=60');
  });

  // GET /gallery/:slug/:id/photos/:key — a photo of an approved story of that event (re-encoded at upload)
  r.get('/gallery/:slug/:id/photos/:key', async (c) => {
    const platform = c.get('platform');
    const key = c.req.param('key');
    const g = KEY.test(key) ? await loadPublicGallery(platform, c.req.param('slug'), c.req.param('id'), c.get('locale')) : null;
    const img = g ? await approvedEventPhoto(g.ctx, g.event.id, key) : null;
    if (!img) return html(c, 404, notFoundPage(c.get('locale')), 'no-store');
    return c.body(Buffer.from(img.bytes), 200, { 'content-type': img.contentType, 'cache-control': 'public, max-age=300' });
  });

  return r;
}
