import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOfNewOrg, client } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

describe('API answers', () => {
  it('gzips a large JSON answer for a browser that accepts it, and says so to caches', async () => {
    const res = await client(tp).get('/api/openapi.json', { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
    const json = JSON.parse(zlib.gunzipSync(Buffer.from(await res.arrayBuffer())).toString());
    expect(json.info.title).toBe('Voce API');
  });

  it('sends a small answer as it is, and the large one plain to a client that asks for no compression', async () => {
    const small = await client(tp).get('/api/me', { 'accept-encoding': 'gzip' });
    expect(small.status).toBe(401);
    expect(small.headers.get('content-encoding')).toBeNull();
    expect((await small.json()).error.code).toBe('unauthenticated');
    const plain = await client(tp).get('/api/openapi.json');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect((await plain.json()).info.title).toBe('Voce API');
  });

  it('lets no browser or proxy keep a copy of a personal answer', async () => {
    const { api } = await adminOfNewOrg(tp);
    for (const url of ['/api/me', '/api/people']) {
      const res = await api.get(url);
      expect(res.status, url).toBe(200);
      expect(res.headers.get('cache-control'), url).toBe('no-store');
    }
    expect((await client(tp).get('/api/nothing-here')).headers.get('cache-control')).toBe('no-store');
  });

  it('never touches the tracked-link redirect', async () => {
    const res = await client(tp).get('/l/abcdef', { 'accept-encoding': 'gzip, br' });
    expect(res.headers.get('content-encoding')).toBeNull();
  });
});
