import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles } from '../../src/server/platform/permissions';
import { adminOfNewOrg } from '../../src/server/testing/fixtures';
import { type HostileRequest, hostileRequests, type OpenApiDoc } from '../../src/server/testing/hostile-requests';
import { createTestPlatform, type TestPlatform } from '../../src/server/testing/test-platform';
import { probeOrganisation } from './probe-org';

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

/** Text PostgreSQL cannot store (NUL; a lone UTF-16 surrogate has no UTF-8 form), and days that do not exist. */
const hostileText = ['a\u0000b', '\ud800'];
const hostileDays = ['2026-02-30', '2026-13-45', '0000-01-01', '9999-12-31', '-200000-01-01'];
const hostileInstants = ['2026-02-30T10:00:00Z', '0000-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '-200000-01-01T00:00:00Z'];
/** The feed cursor is "u:<instant>", "s:<instant>" or "s": JavaScript dates reach far beyond PostgreSQL's. */
const hostileCursors = [
  ...['u', 's'].flatMap((phase) => hostileInstants.map((at) => `${phase}:${at}`)),
  'u:+275760-09-13T00:00:00.000Z',
  'u:a\u0000b',
];

/**
 * Every field gets the unstorable text; fields that hold a day or an instant (by their valid value or their name) get
 * the impossible dates too, and the feed cursor its own. Dates in a name field would only be text: not worth the time.
 */
function hostileValues(_where: HostileRequest['where'], field: string, valid: unknown): string[] {
  const v = typeof valid === 'string' ? valid : '';
  const dated = /^\d{4}-\d{2}-\d{2}$/.test(v) || /(^|\.)(from|to|day)$|Date$/.test(field);
  const instant = /^\d{4}-\d{2}-\d{2}T/.test(v) || /At$/.test(field);
  return [
    ...hostileText,
    ...(dated || instant ? hostileDays : []),
    ...(instant ? hostileInstants : []),
    ...(field === 'before' ? [...hostileDays, ...hostileCursors] : []),
  ];
}

/** Organisation settings change what other routes accept (disclosure, blocked words): probe them last. */
const settingsLast = (a: HostileRequest, b: HostileRequest) =>
  Number(a.path === '/api/organisation/settings') - Number(b.path === '/api/organisation/settings');

// Each route is called some thirty times: minutes on a busy runner as the modules grow, hence the long limits.
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
  }, 600_000);

  it('answers a hostile value in any one field of an otherwise valid request with a 4xx that names the field', async () => {
    const { api, pickId, override } = await probeOrganisation(tp);
    const doc = (await (await api.get('/api/openapi.json')).json()) as OpenApiDoc;
    const requests = [...hostileRequests(doc, { pickId, override, values: hostileValues })].sort(settingsLast);
    // What reaches the server: the body text carries the lone surrogate as the escape \ud800 (JSON.stringify writes it).
    expect(requests.some((r) => r.body?.includes('"\\ud800"'))).toBe(true);
    const problems: string[] = [];
    for (const r of requests) {
      const res = await api.raw(r.url, {
        method: r.method.toUpperCase(),
        headers: { 'accept-language': 'en', ...(r.body !== undefined ? { 'content-type': 'application/json' } : {}) },
        body: r.body,
      });
      const where = `${r.method.toUpperCase()} ${r.path} ${r.where} ${r.field}=${JSON.stringify(r.value)}`;
      const text = await res.text();
      if (res.status >= 500) problems.push(`${where} → ${res.status}`);
      if (res.status < 400 || res.status >= 500) continue;
      const body = (() => {
        try {
          return JSON.parse(text) as { error?: { code?: string; message?: string; details?: { path?: string }[] } };
        } catch {
          return {};
        }
      })();
      const e = body.error;
      if (!e?.code || !e.message || e.message === e.code) problems.push(`${where} → ${res.status} without a localised error`);
      else if (['validation_failed', 'invalid_text'].includes(e.code) && !e.details?.some((d) => d.path === r.field))
        problems.push(`${where} → ${e.code} naming ${JSON.stringify(e.details?.map((d) => d.path))}`);
    }
    expect(problems).toEqual([]);
    expect(requests.length).toBeGreaterThan(200);
  }, 600_000);

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
