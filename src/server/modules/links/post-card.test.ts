import { eq } from 'drizzle-orm';
import { Parser } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOfNewOrg } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { insertPost } from '../sharing/test-data';
import { linksModule, recorderOf } from '.';
import { clicks, links } from './schema';
import { LINKEDIN_BOT, type RedirectServer, serveRedirects } from './test-server';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEUlEQVR4nGP4zwAE/yHo/38AIuwF+9zBOzgAAAAASUVORK5CYII=',
  'base64',
);

let tp: TestPlatform;
let srv: RedirectServer;

beforeAll(async () => {
  tp = await createTestPlatform();
  await linksModule.start?.(tp.platform);
  srv = await serveRedirects(tp.platform, recorderOf(tp.platform));
});
afterAll(async () => {
  await srv.close();
  await linksModule.stop?.(tp.platform);
  await tp.close();
});

/** An editor's post with an uploaded picture, shared on LinkedIn; its link has been visited (so it is cached). */
async function sharedPost() {
  const { org, api } = await adminOfNewOrg(tp);
  const { post } = await insertPost(tp, org.id, { title: 'Open day', url: 'https://www.example.com/open-day' });
  const form = new FormData();
  form.append('file', new File([PNG], 'open-day.png', { type: 'image/png' }));
  const { key } = (await (await api.raw('/api/posts/images', { method: 'POST', body: form })).json()) as { key: string };
  expect((await api.patch(`/api/posts/${post.id}`, { imageKey: key })).status).toBe(200);
  const res = await api.post('/api/shares', { postId: post.id, network: 'linkedin', text: 'Come to our open day' });
  expect(res.status).toBe(200);
  const path = new URL(((await res.json()) as { link: string }).link).pathname;
  expect((await srv.visit(path)).status).toBe(302);
  return { api, post, path };
}

async function crawl(path: string, via: RedirectServer = srv): Promise<Record<string, string>> {
  const res = await via.visit(path, { 'user-agent': LINKEDIN_BOT });
  expect(res.status).toBe(200);
  const og: Record<string, string> = {};
  const parser = new Parser({
    onopentag(name, attrs) {
      if (name === 'meta' && attrs.property) og[attrs.property] = attrs.content ?? '';
    },
  });
  parser.end(await res.text());
  return og;
}

describe('the card crawlers see follows the post', () => {
  it('shows a changed title and picture to the very next crawler', async () => {
    const { api, post, path } = await sharedPost();
    expect((await crawl(path))['og:title']).toBe('Open day');
    expect((await api.patch(`/api/posts/${post.id}`, { texts: { it: { title: 'Open day 2027' } } })).status).toBe(200);
    expect((await crawl(path))['og:title']).toBe('Open day 2027');
    expect((await api.patch(`/api/posts/${post.id}`, { imageKey: null })).status).toBe(200);
    const og = await crawl(path);
    expect(og['og:image']).toBeUndefined();
    expect((await srv.visit(`${path}/image`, { 'user-agent': LINKEDIN_BOT })).status).toBe(404);
  });

  // Two processes on one PostgreSQL: the one serving the crawler did not make the change and shares no memory with it.
  it.runIf(process.env.VOCE_TEST_PG_URL)('shows the change in another server process at once', async () => {
    const other = await createTestPlatform();
    const otherSrv = await serveRedirects(other.platform, recorderOf(other.platform));
    try {
      const { api, post, path } = await sharedPost();
      expect((await otherSrv.visit(path)).status).toBe(302);
      expect((await crawl(path, otherSrv))['og:title']).toBe('Open day');
      expect((await api.patch(`/api/posts/${post.id}`, { texts: { it: { title: 'Open day, new date' } } })).status).toBe(200);
      expect((await crawl(path, otherSrv))['og:title']).toBe('Open day, new date');
    } finally {
      await otherSrv.close();
      await other.close();
    }
  });

  it('keeps an archived post’s links working for people, and shows crawlers a neutral card without its words or picture', async () => {
    const { api, post, path } = await sharedPost();
    const before = await crawl(path);
    expect(before['og:image']).toBe(`${tp.platform.config.publicUrl}${path}/image`);
    expect((await srv.visit(`${path}/image`, { 'user-agent': LINKEDIN_BOT })).status).toBe(200);

    expect((await api.delete(`/api/posts/${post.id}`)).status).toBe(200);
    const og = await crawl(path);
    expect(og['og:title']).toBe('www.example.com');
    expect(og['og:description']).toBe('');
    expect(og['og:url']).toBe('https://www.example.com/open-day');
    expect(og['og:image']).toBeUndefined();
    expect((await srv.visit(`${path}/image`, { 'user-agent': LINKEDIN_BOT })).status).toBe(404);

    const person = await srv.visit(path, { 'user-agent': 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) Safari/605.1.15' });
    expect(person.status).toBe(302);
    expect(new URL(person.headers.get('location') ?? '').pathname).toBe('/open-day');
    await recorderOf(tp.platform).flush();
    const counted = await tp.platform.db
      .select({ id: clicks.id })
      .from(clicks)
      .innerJoin(links, eq(links.id, clicks.linkId))
      .where(eq(links.postId, post.id));
    expect(counted).toHaveLength(2);
  });
});
