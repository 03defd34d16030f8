import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOfNewOrg, client, createOrg, createPerson, PASSWORD, signIn } from '../../testing/fixtures';
import { lastMailTo, type SmtpPeer, startSmtpPeer } from '../../testing/smtp-peer';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { mailMessages } from '../mail/schema';
import { people } from '../people/schema';

// Reset links are never readable in the outbox: the tests read them where the person does, in a real mailbox.
let tp: TestPlatform;
let peer: SmtpPeer;
beforeAll(async () => {
  peer = await startSmtpPeer();
  tp = await createTestPlatform({ smtpUrl: peer.url });
});
afterAll(async () => {
  await tp.close();
  await peer.close();
});

async function resetMails(orgId: string) {
  return tp.platform.db
    .select()
    .from(mailMessages)
    .where(and(eq(mailMessages.orgId, orgId), eq(mailMessages.template, 'password_reset')));
}
const tokenOf = (text: string) => decodeURIComponent(text.match(/reset-password\?token=([^\s]+)/)?.[1] ?? '');

describe('forgotten password', () => {
  it('answers the same for an unknown address and sends nothing', async () => {
    const res = await client(tp).post('/api/auth/forgot-password', { email: 'nobody-here@example.test' });
    expect(res.status).toBe(200);
    const n = await tp.platform.db.$count(mailMessages, eq(mailMessages.to, 'nobody-here@example.test'));
    expect(n).toBe(0);
  });

  it('resets with the e-mailed link (in the person’s language): the old password and sessions stop working', async () => {
    const org = await createOrg(tp);
    const p = await createPerson(tp, org.id, { locale: 'en' });
    const session = await signIn(tp, p.email);
    expect((await client(tp).post('/api/auth/forgot-password', { email: p.email.toUpperCase() })).status).toBe(200);
    await tp.platform.jobs.drain(tp.platform);
    const [mail] = await resetMails(org.id);
    expect(mail.subject).toBe('Reset your Voce password');
    const text = lastMailTo(peer, p.email);
    expect(text).toContain('Hello');
    expect(text).toContain('http://localhost:3000/reset-password?token=');
    const res = await client(tp).post('/api/auth/reset-password', {
      token: tokenOf(text),
      password: 'my-brand-new-password',
    });
    expect(res.status).toBe(200);
    expect((await session.get('/api/me')).status).toBe(401);
    await expect(signIn(tp, p.email, PASSWORD)).rejects.toThrow(/401/);
    await signIn(tp, p.email, 'my-brand-new-password');
    // The same link cannot be used twice.
    const again = await client(tp).post(
      '/api/auth/reset-password',
      { token: tokenOf(text), password: 'yet-another-password' },
      { 'accept-language': 'en' },
    );
    expect(again.status).toBe(400);
    expect((await again.json()).error.code).toBe('auth.reset_invalid');
  });

  it('refuses an invalid token and sends nothing to deactivated people', async () => {
    const res = await client(tp).post('/api/auth/reset-password', { token: 'made-up', password: 'my-brand-new-password' });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('auth.reset_invalid');
    const org = await createOrg(tp);
    const p = await createPerson(tp, org.id);
    await tp.platform.db.update(people).set({ status: 'inactive' }).where(eq(people.id, p.id));
    await client(tp).post('/api/auth/forgot-password', { email: p.email });
    expect(await resetMails(org.id)).toHaveLength(0);
  });

  it('writes to a person in several organisations in the language they chose last, whichever organisation is older', async () => {
    const older = await createOrg(tp);
    const newer = await createOrg(tp);
    const inOlder = await createPerson(tp, older.id, { locale: 'it' });
    await createPerson(tp, newer.id, { email: inOlder.email, userId: inOlder.userId ?? '', locale: 'it' });
    // Choosing English in the newer organisation (PATCH /api/me) makes English the language of their mail.
    const session = await signIn(tp, inOlder.email);
    expect((await session.post('/api/me/organisation', { orgId: newer.id })).status).toBe(200);
    expect((await session.patch('/api/me', { locale: 'en' })).status).toBe(200);
    await client(tp).post('/api/auth/forgot-password', { email: inOlder.email });
    await tp.platform.jobs.drain(tp.platform);
    const [mail] = await resetMails(newer.id);
    expect(mail.subject).toBe('Reset your Voce password');
    expect(await resetMails(older.id)).toHaveLength(0);
  });

  it('limits reset e-mails to 3 per address in 15 minutes', async () => {
    const org = await createOrg(tp);
    const p = await createPerson(tp, org.id);
    for (let i = 0; i < 5; i++) expect((await client(tp).post('/api/auth/forgot-password', { email: p.email })).status).toBe(200);
    expect(await resetMails(org.id)).toHaveLength(3);
  });
});

describe('deactivated people', () => {
  it('lose access at once, even with a live session', async () => {
    const { org } = await adminOfNewOrg(tp);
    const p = await createPerson(tp, org.id);
    const session = await signIn(tp, p.email);
    expect((await session.get('/api/me')).status).toBe(200);
    await tp.platform.db.update(people).set({ status: 'inactive' }).where(eq(people.id, p.id));
    expect((await session.get('/api/me')).status).toBe(401);
    await expect(signIn(tp, p.email)).rejects.toThrow(/401/);
  });
});
