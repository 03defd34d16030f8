import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOfNewOrg, client, createPerson, signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { mailMessages } from '../mail/schema';
import { people } from '../people/schema';
import { invitations } from './schema';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

/** The invitation e-mails an organisation's outbox holds for an address, newest first. */
async function mailsTo(api: Awaited<ReturnType<typeof signIn>>, to: string) {
  const list = await (await api.get('/api/outbox')).json();
  const mine = list.items.filter((m: { to: string }) => m.to === to);
  return Promise.all(mine.map(async (m: { id: string }) => (await api.get(`/api/outbox/${m.id}`)).json()));
}
const tokenOf = (text: string) => text.match(/\/invitation\/([\w-]+)/)?.[1] ?? '';

async function invite(lang: 'it' | 'en' = 'en') {
  const { api, org } = await adminOfNewOrg(tp);
  const person = await createPerson(tp, org.id, { login: false, locale: lang, name: 'Eve English' });
  const res = await api.post('/api/invitations', { personIds: [person.id] });
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ queued: 1, refused: [] });
  await tp.platform.jobs.drain(tp.platform);
  const [mail] = await mailsTo(api, person.email);
  return { api, org, person, mail, token: tokenOf(mail.text) };
}

describe('invitations', () => {
  it('e-mails a link in the person’s language, which lets them choose a password and sign in', async () => {
    const { person, mail, token, org } = await invite('en');
    expect(mail.status).toBe('kept');
    expect(mail.subject).toBe(`${org.name} invites you to Voce`);
    expect(mail.text).toContain(`http://localhost:3000/invitation/${token}`);
    expect(mail.html).toContain(`/invitation/${token}`);
    const info = await client(tp).get(`/api/invitations/${token}`);
    expect(await info.json()).toEqual({
      email: person.email,
      name: 'Eve English',
      organisation: org.name,
      locale: 'en',
      existingLogin: false,
      signedIn: 'nobody',
    });
    // A new e-mail must choose a password.
    const bare = await client(tp).post(`/api/invitations/${token}/accept`, {}, { 'accept-language': 'en' });
    expect(bare.status).toBe(422);
    expect((await bare.json()).error.code).toBe('auth.password_required');
    const res = await client(tp).post(`/api/invitations/${token}/accept`, { password: 'a-long-new-password' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, locale: 'en' });
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const me = await (await client(tp, cookie).get('/api/me')).json();
    expect(me).toMatchObject({ personId: person.id, locale: 'en', roles: ['employee'] });
    const [row] = await tp.platform.db.select().from(people).where(eq(people.id, person.id));
    expect(row.status).toBe('active');
    // The new password works on the sign-in page too.
    await signIn(tp, person.email, 'a-long-new-password');
  });

  it('marks the person invited and writes the invitation in Italian for Italian speakers', async () => {
    const { person, mail, org } = await invite('it');
    expect(mail.subject).toBe(`${org.name} ti invita su Voce`);
    const [row] = await tp.platform.db.select().from(people).where(eq(people.id, person.id));
    expect(row.status).toBe('invited');
  });

  it('works only once', async () => {
    const { token } = await invite();
    expect((await client(tp).post(`/api/invitations/${token}/accept`, { password: 'a-long-new-password' })).status).toBe(200);
    const again = await client(tp).post(
      `/api/invitations/${token}/accept`,
      { password: 'another-password!' },
      { 'accept-language': 'en' },
    );
    expect(again.status).toBe(404);
    expect((await again.json()).error.code).toBe('auth.invitation_invalid');
    expect((await client(tp).get(`/api/invitations/${token}`)).status).toBe(404);
  });

  it('answers 410 once expired', async () => {
    const { token, person } = await invite();
    await tp.platform.db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.personId, person.id));
    const res = await client(tp).get(`/api/invitations/${token}`, { 'accept-language': 'en' });
    expect(res.status).toBe(410);
    expect((await res.json()).error.message).toMatch(/expired/);
    expect((await client(tp).post(`/api/invitations/${token}/accept`, { password: 'a-long-new-password' })).status).toBe(410);
  });

  it('re-inviting replaces the old link (after the 2-minute repeat window)', async () => {
    const { api, person, token: first } = await invite();
    // The first invitation was sent more than 2 minutes ago.
    await tp.platform.db
      .update(invitations)
      .set({ createdAt: new Date(Date.now() - 3 * 60_000) })
      .where(eq(invitations.personId, person.id));
    await api.post('/api/invitations', { personIds: [person.id] });
    await tp.platform.jobs.drain(tp.platform);
    const mails = await mailsTo(api, person.email);
    expect(mails).toHaveLength(2);
    const second = tokenOf(mails[0].text);
    expect(second).not.toBe(first);
    expect((await client(tp).get(`/api/invitations/${first}`)).status).toBe(404);
    expect((await client(tp).get(`/api/invitations/${second}`)).status).toBe(200);
  });

  it('answers 404 to an unknown token and rejects a short password', async () => {
    const res = await client(tp).get('/api/invitations/not-a-real-token-at-all', { 'accept-language': 'it' });
    expect(res.status).toBe(404);
    expect((await res.json()).error.message).toMatch(/non è valido/);
    const { token } = await invite();
    expect((await client(tp).post(`/api/invitations/${token}/accept`, { password: 'short' })).status).toBe(400);
  });

  it('skips people who already have a login and refuses employees', async () => {
    const { api, org } = await adminOfNewOrg(tp);
    const active = await createPerson(tp, org.id);
    expect(await (await api.post('/api/invitations', { personIds: [active.id] })).json()).toEqual({ queued: 0, refused: [] });
    const employee = await signIn(tp, active.email);
    const pending = await createPerson(tp, org.id, { login: false });
    expect((await employee.post('/api/invitations', { personIds: [pending.id] })).status).toBe(403);
  });

  it('sends one e-mail for 50 identical invitations at once, each answered like the first', async () => {
    const { api, org } = await adminOfNewOrg(tp);
    const person = await createPerson(tp, org.id, { login: false });
    const answers = await Promise.all(Array.from({ length: 50 }, () => api.post('/api/invitations', { personIds: [person.id] })));
    expect(answers.map((r) => r.status)).toEqual(Array(50).fill(200));
    expect(await tp.platform.db.$count(mailMessages, eq(mailMessages.to, person.email))).toBe(1);
    expect(await tp.platform.db.$count(invitations, eq(invitations.personId, person.id))).toBe(1);
    for (const r of answers) expect(await r.json()).toEqual({ queued: 1, refused: [] });
  });

  it('invites 1500 people with one e-mail each', async () => {
    const { api, org } = await adminOfNewOrg(tp);
    const rows = Array.from({ length: 1500 }, (_, i) => ({
      orgId: org.id,
      email: `bulk-${i}-${org.id}@example.test`,
      name: `Bulk ${i}`,
    }));
    const ids = (await tp.platform.db.insert(people).values(rows).returning({ id: people.id })).map((r) => r.id);
    const started = Date.now();
    expect(await (await api.post('/api/invitations', { personIds: ids })).json()).toEqual({ queued: 1500, refused: [] });
    expect(Date.now() - started).toBeLessThan(15_000);
    const n = await tp.platform.db.$count(mailMessages, eq(mailMessages.orgId, org.id));
    expect(n).toBe(1500);
  });
});
