import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createOrg, createPerson, PASSWORD, signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { auditLog } from '../audit/schema';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

const NEW = 'a-much-better-passphrase';
const cookieOf = (res: Response) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');

describe('changing my password', () => {
  it('needs the current password, ends my other sessions and keeps this one, in my organisation', async () => {
    const orgA = await createOrg(tp);
    const orgB = await createOrg(tp);
    const me = await createPerson(tp, orgA.id, { locale: 'en' });
    await createPerson(tp, orgB.id, { email: me.email, userId: me.userId ?? undefined });
    const here = await signIn(tp, me.email);
    expect((await here.post('/api/me/organisation', { orgId: orgA.id })).status).toBe(200);
    const phone = await signIn(tp, me.email);
    expect((await phone.post('/api/me/organisation', { orgId: orgB.id })).status).toBe(200);

    const wrong = await here.post('/api/me/password', { currentPassword: 'not-my-password', newPassword: NEW });
    expect(wrong.status).toBe(400);
    const refused = (await wrong.json()).error;
    expect(refused).toMatchObject({ code: 'auth.wrong_password', message: 'The current password is not correct.' });
    expect(refused.details).toEqual([{ path: 'currentPassword', code: 'wrong_password' }]);

    const short = await here.post('/api/me/password', { currentPassword: PASSWORD, newPassword: 'short' });
    expect(short.status).toBe(400);
    expect((await short.json()).error.details).toMatchObject([{ path: 'newPassword', code: 'too_small', minimum: 10 }]);

    const ok = await here.post('/api/me/password', { currentPassword: PASSWORD, newPassword: NEW });
    expect(ok.status).toBe(200);
    // The other session (another device, another organisation) is over; this browser continues with its new cookie.
    expect((await phone.get('/api/me')).status).toBe(401);
    expect((await here.get('/api/me')).status).toBe(401);
    const renewed = client(tp, cookieOf(ok));
    const mine = await renewed.get('/api/me');
    expect(mine.status).toBe(200);
    expect((await mine.json()).organisation.id).toBe(orgA.id);

    await expect(signIn(tp, me.email)).rejects.toThrow(/401/);
    expect((await client(tp).post('/api/auth/sign-in', { email: me.email, password: NEW })).status).toBe(200);
    const audits = await tp.platform.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, orgA.id), eq(auditLog.action, 'auth.password_changed')));
    expect(audits.map((a) => a.targetId)).toEqual([me.id]);
  }, 120_000);

  it('counts wrong current passwords against the sign-in limits', async () => {
    const org = await createOrg(tp);
    const me = await createPerson(tp, org.id);
    const api = await signIn(tp, me.email);
    const codes: number[] = [];
    for (let i = 0; i < 11; i++)
      codes.push((await api.post('/api/me/password', { currentPassword: `guess-${i}-wrong`, newPassword: NEW })).status);
    expect(codes.slice(0, 10).every((c) => c === 400)).toBe(true);
    expect(codes[10]).toBe(429);
  }, 120_000);

  it('is for signed-in people only', async () => {
    expect((await client(tp).post('/api/me/password', { currentPassword: PASSWORD, newPassword: NEW })).status).toBe(401);
  });
});
