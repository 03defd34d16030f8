import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles } from '../../src/server/platform/permissions';
import { adminOfNewOrg } from '../../src/server/testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../src/server/testing/test-platform';

type Doc = { paths: Record<string, Record<string, { requestBody?: unknown }>> };

/** Bodies a careless or hostile client sends: wrong JSON, wrong types, huge or odd values. */
const badBodies: { name: string; body: string; type: string }[] = [
  { name: 'invalid JSON', body: '{"title": ', type: 'application/json' },
  { name: 'JSON array', body: '[1,2,3]', type: 'application/json' },
  { name: 'JSON null', body: 'null', type: 'application/json' },
  {
    name: 'wrong types',
    body: JSON.stringify({ title: 42, email: [], personIds: 'x', url: { a: 1 }, from: 7, csv: 1 }),
    type: 'application/json',
  },
  {
    name: 'huge strings',
    body: JSON.stringify({ title: 'x'.repeat(200_000), email: `${'a'.repeat(5000)}@x.it`, text: '\u0000\uffff'.repeat(1000) }),
    type: 'application/json',
  },
  { name: 'not JSON at all', body: 'email=a&password=b', type: 'application/x-www-form-urlencoded' },
];
const badIds = ['not-a-uuid', '00000000-0000-0000-0000-000000000000', "1' or '1'='1", '%00', '..%2F..%2Fetc%2Fpasswd'];
const badQueries = ['page=-1&pageSize=100000', 'from=2026-13-45&to=yesterday', 'q=%27%22%3B--&status=nope', 'before=garbage'];

describe('malformed input never yields a 500, and every error has the same shape', () => {
  let tp: TestPlatform;
  beforeAll(async () => {
    tp = await createTestPlatform();
  });
  afterAll(async () => tp?.close());

  it('answers every route of the OpenAPI document with a stable error code and a localised message', async () => {
    const { api } = await adminOfNewOrg(tp, [...roles]);
    const doc = (await (await api.get('/api/openapi.json')).json()) as Doc;
    const problems: string[] = [];
    let calls = 0;
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const method of Object.keys(methods)) {
        const urls = path.includes('{') ? badIds.map((id) => path.replace(/\{\w+\}/g, id)) : [path];
        for (const base of urls) {
          const attempts: { url: string; b?: (typeof badBodies)[number] }[] =
            method === 'get' ? badQueries.map((q) => ({ url: `${base}?${q}` })) : badBodies.map((b) => ({ url: base, b }));
          for (const a of attempts) {
            const b = a.b;
            const res = await api.raw(a.url, {
              method: method.toUpperCase(),
              headers: { 'accept-language': 'en', ...(b ? { 'content-type': b.type } : {}) },
              body: b?.body,
            });
            calls++;
            const text = await res.text();
            const where = `${method.toUpperCase()} ${a.url.slice(0, 80)}${b ? ` (${b.name})` : ''}`;
            if (res.status >= 500) problems.push(`${where} → ${res.status}`);
            else if (res.status >= 400 && (res.headers.get('content-type') ?? '').includes('json')) {
              const body = JSON.parse(text) as { error?: { code?: string; message?: string } };
              if (!body.error?.code || !body.error.message)
                problems.push(`${where} → ${res.status} without {error:{code,message}}`);
            }
          }
        }
      }
    }
    expect(problems).toEqual([]);
    expect(calls).toBeGreaterThan(50);
  });

  it('localises error messages to the reader', async () => {
    const res = await tp.app.request('/api/me', { headers: { 'accept-language': 'it-IT,it;q=0.9' } });
    expect(res.status).toBe(401);
    const it_ = (await res.json()) as { error: { code: string; message: string } };
    const en = (await (await tp.app.request('/api/me', { headers: { 'accept-language': 'en-GB' } })).json()) as typeof it_;
    expect(it_.error.code).toBe('unauthenticated');
    expect(en.error.code).toBe('unauthenticated');
    expect(it_.error.message).not.toBe(en.error.message);
  });
});
