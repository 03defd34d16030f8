import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { Hono } from 'hono';
import { beforeAll, describe, expect, it } from 'vitest';
import { pickEncoding } from './accept-encoding';
import { mountWebApp } from './static-assets';
import type { AppEnv } from './types';

// A build folder as Vite leaves it: index.html, hashed assets with their .br and .gz beside them, a favicon.
const SCRIPT = `console.log(${JSON.stringify('Voce '.repeat(500))});`;
let app: Hono<AppEnv>;

beforeAll(() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'voce-web-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><script type="module" src="/assets/index-AbC123.js"></script>');
  fs.writeFileSync(path.join(dir, 'assets/index-AbC123.js'), SCRIPT);
  fs.writeFileSync(path.join(dir, 'assets/index-AbC123.js.br'), zlib.brotliCompressSync(SCRIPT));
  fs.writeFileSync(path.join(dir, 'assets/index-AbC123.js.gz'), zlib.gzipSync(SCRIPT));
  fs.writeFileSync(path.join(dir, 'assets/small-Xy9.css'), 'a{color:red}');
  fs.writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  app = new Hono<AppEnv>();
  mountWebApp(app, dir);
});

const get = (url: string, headers: Record<string, string> = {}) => app.request(url, { headers });
const bytes = async (res: Response) => Buffer.from(await res.arrayBuffer());

describe('the web app’s files', () => {
  it('sends a hashed script brotli-compressed to a browser that accepts it, cached for a year', async () => {
    const res = await get('/assets/index-AbC123.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    const body = await bytes(res);
    expect(body.length).toBeLessThan(SCRIPT.length / 5);
    expect(zlib.brotliDecompressSync(body).toString()).toBe(SCRIPT);
  });

  it('falls back to gzip, then to the plain file, as the browser’s Accept-Encoding says', async () => {
    const gz = await get('/assets/index-AbC123.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(zlib.gunzipSync(await bytes(gz)).toString()).toBe(SCRIPT);
    const refused = await get('/assets/index-AbC123.js', { 'accept-encoding': 'br;q=0, gzip;q=0.5' });
    expect(refused.headers.get('content-encoding')).toBe('gzip');
    const plain = await get('/assets/index-AbC123.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toBe('Accept-Encoding');
    expect((await bytes(plain)).toString()).toBe(SCRIPT);
  });

  it('sends a small file without compressed variants as it is', async () => {
    const res = await get('/assets/small-Xy9.css', { 'accept-encoding': 'br' });
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('content-type')).toMatch(/^text\/css/);
    expect(await res.text()).toBe('a{color:red}');
  });

  it('answers 404 for an asset that is not there (an old chunk after a deploy), never index.html', async () => {
    for (const url of ['/assets/index-Old999.js', '/assets/..%2Findex.html', '/assets/deep/x.js']) {
      const res = await get(url);
      expect(res.status, url).toBe(404);
      expect(res.headers.get('cache-control'), url).toBe('no-store');
      expect(await res.text(), url).not.toContain('<!doctype html>');
    }
  });

  it('answers client-side routes with index.html, revalidated at every visit', async () => {
    const res = await get('/feed/123');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toContain('/assets/index-AbC123.js');
    const etag = res.headers.get('etag')!;
    expect(etag).toBeTruthy();
    const again = await get('/sign-in', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('keeps the favicon for a day', async () => {
    const res = await get('/favicon.svg');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=86400');
  });
});

describe('pickEncoding', () => {
  it('honours q-values and wildcards, brotli first on a tie', () => {
    expect(pickEncoding('gzip, br', ['br', 'gzip'])).toBe('br');
    expect(pickEncoding('gzip;q=1, br;q=0.8', ['br', 'gzip'])).toBe('gzip');
    expect(pickEncoding('*', ['gzip'])).toBe('gzip');
    expect(pickEncoding('*, br;q=0', ['br'])).toBeUndefined();
    expect(pickEncoding('identity', ['br', 'gzip'])).toBeUndefined();
    expect(pickEncoding(undefined, ['br'])).toBeUndefined();
  });
});
