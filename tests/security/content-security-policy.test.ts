import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client } from '../../src/server/testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../src/server/testing/test-platform';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

function directives(res: Response): Map<string, string[]> {
  const header = res.headers.get('content-security-policy');
  expect(header, 'Content-Security-Policy header').toBeTruthy();
  return new Map(
    header!.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values] as [string, string[]];
    }),
  );
}

/** What every page must hold: nothing from elsewhere by default, no plugins, no framing, no foreign forms. */
function expectLockedDown(csp: Map<string, string[]>) {
  expect(csp.get('default-src')).toEqual(["'self'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(csp.get('form-action')).toEqual(["'self'"]);
  expect(csp.get('base-uri')).toEqual(["'self'"]);
  expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'https:']);
  expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
  expect(csp.get('script-src')).not.toContain("'unsafe-eval'");
}

describe('Content-Security-Policy', () => {
  it('runs only Voce’s own scripts on the app and the API', async () => {
    for (const path of ['/', '/people', '/api/me', '/api/openapi.json']) {
      const res = await client(tp).get(path);
      const csp = directives(res);
      expectLockedDown(csp);
      expect(csp.get('script-src'), path).toEqual(["'self'"]);
      expect(csp.get('style-src'), path).toEqual(["'self'", "'unsafe-inline'"]);
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it('gives the API reference its own policy: its viewer from Voce itself (no CDN), its start-up script by hash', async () => {
    const res = await client(tp).get('/api/docs');
    expect(res.status).toBe(200);
    const csp = directives(res);
    expectLockedDown(csp);
    const html = await res.text();
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(inline.length).toBeGreaterThan(0);
    const hashes = inline.map((s) => `'sha256-${crypto.createHash('sha256').update(s).digest('base64')}'`);
    expect(csp.get('script-src')).toEqual(["'self'", ...hashes]);
    // Every script the page loads is Voce's own and is there; no other host and no font host is contacted.
    expect(html).not.toMatch(/https?:\/\//);
    const sources = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
    expect(sources).toHaveLength(1);
    for (const src of sources) {
      expect(src).toMatch(/^\/api\/docs\/scalar-[\w-]+\.js$/);
      const script = await client(tp).get(src, { 'accept-encoding': 'gzip, br' });
      expect(script.status, src).toBe(200);
      expect(script.headers.get('content-type')).toMatch(/javascript/);
      expect(script.headers.get('content-encoding')).toBe('br');
      expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
    expect(html).toContain('"withDefaultFonts": false');
    expect((await client(tp).get('/api/docs/scalar-old.js')).status).toBe(404);
  });
});
