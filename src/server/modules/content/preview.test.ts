import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCtx } from '../../platform/ctx';
import { AppError } from '../../platform/errors';
import { adminOfNewOrg, createPerson, signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { anyAddress } from './preview/address-policy';
import { previewLink } from './preview/preview-link';

let tp: TestPlatform;
let server: http.Server;
let base = '';
const PAGE = `<!doctype html><html><head><title>Fallback title</title>
<meta property="og:title" content="Il nuovo stabilimento &amp; il territorio">
<meta property="og:description" content="Una giornata di porte aperte.">
<meta property="og:image" content="/img/cover.jpg"></head><body>hello</body></html>`;

beforeAll(async () => {
  tp = await createTestPlatform();
  server = http.createServer((req, res) => {
    if (req.url === '/og') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    if (req.url === '/plain')
      return res
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<title>Solo titolo</title><meta name="description" content="Descrizione">');
    if (req.url === '/hop') return res.writeHead(302, { location: '/og' }).end();
    if (req.url === '/loop') return res.writeHead(302, { location: '/loop' }).end();
    if (req.url === '/broken-hop') return res.writeHead(302, { location: 'http://[' }).end();
    if (req.url === '/slow') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.write('<html><head>'); // never ends
    }
    if (req.url === '/huge') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><head><title>Huge page</title></head><body>');
      const chunk = 'x'.repeat(64 * 1024);
      const timer = setInterval(() => (res.destroyed ? clearInterval(timer) : res.write(chunk)), 1);
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  server.close();
  await tp.close();
});

const ctx = () => systemCtx(tp.platform, '00000000-0000-0000-0000-000000000000');
const local = (url: string, extra = {}) => previewLink({ ctx: ctx(), input: { url, limits: { policy: anyAddress, ...extra } } });
const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e) => (e instanceof AppError ? e.code : String(e)),
  );

describe('link previews', () => {
  it('reads Open Graph title, description and an absolute image', async () => {
    expect(await local(`${base}/og`)).toEqual({
      title: 'Il nuovo stabilimento & il territorio',
      description: 'Una giornata di porte aperte.',
      imageUrl: `${base}/img/cover.jpg`,
    });
  });

  it('falls back to <title> and meta description, and follows a redirect', async () => {
    expect(await local(`${base}/plain`)).toEqual({ title: 'Solo titolo', description: 'Descrizione', imageUrl: null });
    expect((await local(`${base}/hop`)).title).toBe('Il nuovo stabilimento & il territorio');
    expect(await codeOf(local(`${base}/loop`))).toBe('content.preview_unavailable');
  });

  it('answers "no preview" to a redirect whose Location is not a URL, instead of failing', async () => {
    expect(await codeOf(local(`${base}/broken-hop`))).toBe('content.preview_unavailable');
  });

  it('gives up on a page that never finishes, within the time limit', async () => {
    const started = Date.now();
    expect(await codeOf(local(`${base}/slow`, { timeoutMs: 300 }))).toBe('content.preview_unavailable');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('stops reading an endless page at the size limit and still finds its title', async () => {
    const preview = await local(`${base}/huge`, { maxBytes: 128 * 1024 });
    expect(preview.title).toBe('Huge page');
  });

  it('refuses the server own network under the default policy', async () => {
    const port = (server.address() as AddressInfo).port;
    for (const url of [
      `${base}/og`,
      `http://localhost:${port}/og`,
      'http://10.0.0.1/',
      'http://169.254.169.254/latest/meta-data/',
      'http://[::1]/',
      'http://0.0.0.0/',
    ])
      expect(await codeOf(previewLink({ ctx: ctx(), input: { url } })), url).toBe('content.preview_unavailable');
  });

  it('answers 422 through the API for a private address, and 403 to an employee', async () => {
    const { api, org } = await adminOfNewOrg(tp);
    const employee = await signIn(tp, (await createPerson(tp, org.id)).email);
    expect((await employee.post('/api/posts/preview', { url: 'https://example.com/' })).status).toBe(403);
    const res = await api.post('/api/posts/preview', { url: `${base}/og` });
    expect(res.status).toBe(422);
    expect((await res.json()).error.code).toBe('content.preview_unavailable');
    expect((await api.post('/api/posts/preview', { url: 'file:///etc/passwd' })).status).toBe(400);
  });
});
