import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOfNewOrg, client, createOrg, createPerson, PASSWORD, signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

describe('sign in and me', () => {
  it('signs in with the right password and shows who I am with my permissions', async () => {
    const { api, org } = await adminOfNewOrg(tp);
    const res = await api.get('/api/me');
    expect(res.status).toBe(200);
    const me = await res.json();
    expect(me.organisation.id).toBe(org.id);
    expect(me.roles).toEqual(['admin']);
    expect(me.permissions).toContain('people.write');
  });

  it('refuses a wrong password with a localised error', async () => {
    const org = await createOrg(tp);
    const p = await createPerson(tp, org.id);
    const res = await client(tp).post(
      '/api/auth/sign-in',
      { email: p.email, password: 'wrong-password!' },
      { 'accept-language': 'en' },
    );
    expect(res.status).toBe(401);
    const body = await res.json();
    expect(body.error.code).toBe('invalid_credentials');
    expect(body.error.message).toMatch(/not correct/);
  });

  it('locks an account for a while after ten wrong passwords, even with the right one, and audits the failures', async () => {
    const org = await createOrg(tp);
    const p = await createPerson(tp, org.id);
    for (let i = 0; i < 10; i++) {
      const res = await client(tp).post('/api/auth/sign-in', { email: p.email, password: `wrong-password-${i}` });
      expect(res.status).toBe(401);
    }
    const locked = await client(tp).post(
      '/api/auth/sign-in',
      { email: p.email, password: PASSWORD },
      { 'accept-language': 'en' },
    );
    expect(locked.status).toBe(429);
    const body = await locked.json();
    expect(body.error.code).toBe('rate_limited');
    expect(body.error.message).toMatch(/Too many attempts/);
  });

  it('answers 401 to /api/me without a session, in Italian by default', async () => {
    const res = await client(tp).get('/api/me');
    expect(res.status).toBe(401);
    expect((await res.json()).error.message).toBe('Accedi per continuare.');
  });

  it('signs out: the cookie no longer works', async () => {
    const org = await createOrg(tp);
    const p = await createPerson(tp, org.id);
    const api = await signIn(tp, p.email);
    expect((await api.post('/api/auth/sign-out')).status).toBe(200);
    expect((await api.get('/api/me')).status).toBe(401);
  });

  it('answers malformed JSON with 400, not 500', async () => {
    const res = await client(tp).raw('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{bad',
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toMatch(/malformed_json|validation_failed/);
  });
});
