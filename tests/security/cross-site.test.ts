import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOfNewOrg, client, createPerson, PASSWORD } from '../../src/server/testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../src/server/testing/test-platform';

// The test platform's public address is http://localhost:3000; app.request() addresses requests to http://localhost.
let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

/** What a browser sends for an HTML form posted to Voce, with the page's origin headers. */
const formPost = (headers: Record<string, string>) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  body: 'x=1',
});

async function adminAndEmployee() {
  const { api, org } = await adminOfNewOrg(tp);
  const emp = await createPerson(tp, org.id);
  const status = async () => (await (await api.get(`/api/people/${emp.id}`)).json()).status;
  return { api, emp, status };
}

describe('cross-site requests', () => {
  it('refuses a form posted from another site, or from a sibling subdomain, that would deactivate a person', async () => {
    const { api, emp, status } = await adminAndEmployee();
    const attacks: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      { origin: 'http://intranet.localhost:3000', 'sec-fetch-site': 'same-site' },
      { origin: 'null' },
    ];
    for (const headers of attacks) {
      const res = await api.raw(`/api/people/${emp.id}/deactivate`, formPost({ ...headers, 'accept-language': 'en' }));
      expect(res.status, JSON.stringify(headers)).toBe(403);
      const body = await res.json();
      expect(body.error.code).toBe('csrf_rejected');
      expect(body.error.message).toMatch(/did not come from Voce/);
    }
    expect(await status()).toBe('active');
  });

  it('lets the same request through from Voce itself', async () => {
    const { api, emp, status } = await adminAndEmployee();
    const res = await api.raw(
      `/api/people/${emp.id}/deactivate`,
      formPost({ origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' }),
    );
    expect(res.status).toBe(200);
    expect(await status()).toBe('inactive');
  });

  it('accepts the address the request was made to, and clients that send no origin at all', async () => {
    const { api, emp, status } = await adminAndEmployee();
    // Served under another name than PUBLIC_URL (e.g. by IP on the local network): the page's own origin.
    expect((await api.raw(`/api/people/${emp.id}/deactivate`, formPost({ origin: 'http://localhost' }))).status).toBe(200);
    // A script or server-to-server client: no browser, no ambient cookie of a victim.
    expect((await api.post(`/api/people/${emp.id}/reactivate`)).status).toBe(200);
    expect(await status()).toBe('active');
  });

  it('refuses signing in from another site (login CSRF), and still reads from anywhere', async () => {
    const { api, emp } = await adminAndEmployee();
    const signIn = await client(tp).post(
      '/api/auth/sign-in',
      { email: emp.email, password: PASSWORD },
      { origin: 'https://evil.example' },
    );
    expect(signIn.status).toBe(403);
    expect(signIn.headers.getSetCookie()).toEqual([]);
    // Reads change nothing, and another site cannot read the answer (no CORS headers are ever sent).
    expect((await api.get('/api/me', { origin: 'https://evil.example' })).status).toBe(200);
  });

  it("covers better-auth's own paths too (only called in-process; over HTTP they do not exist)", async () => {
    const evil = await client(tp).raw('/api/auth/core/sign-out', formPost({ origin: 'https://evil.example' }));
    expect(evil.status).toBe(403);
    const own = await client(tp).raw('/api/auth/core/sign-in/email', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost:3000' },
      body: JSON.stringify({ email: 'a@example.test', password: 'whatever-password' }),
    });
    expect(own.status).toBe(404);
  });
});
