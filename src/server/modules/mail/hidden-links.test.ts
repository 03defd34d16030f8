import { Writable } from 'node:stream';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOfNewOrg, client, createPerson } from '../../testing/fixtures';
import { lastMailTo, type SmtpPeer, startSmtpPeer } from '../../testing/smtp-peer';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { mailMessages } from './schema';

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

const tokenIn = (text: string) => decodeURIComponent(text.match(/reset-password\?token=([^\s]+)/)?.[1] ?? '');

describe('links that grant access to a login', () => {
  it('reach the person only: the outbox shows a note instead, and no row an admin can read holds the token', async () => {
    const { api, org } = await adminOfNewOrg(tp);
    const colleague = await createPerson(tp, org.id, { locale: 'en' });
    await client(tp).post('/api/auth/forgot-password', { email: colleague.email });
    await tp.platform.jobs.drain(tp.platform);
    const token = tokenIn(lastMailTo(peer, colleague.email));
    expect(token.length).toBeGreaterThan(10);

    const list = await (await api.get('/api/outbox')).json();
    const item = list.items.find((m: { to: string }) => m.to === colleague.email);
    const msg = await (await api.get(`/api/outbox/${item.id}`)).json();
    expect(JSON.stringify(msg)).not.toContain(token);
    expect(JSON.stringify(msg)).not.toContain(encodeURIComponent(token));
    expect(msg.text).not.toContain('reset-password?token=');
    expect(item).toMatchObject({ template: 'password_reset', status: 'sent', linkHidden: true });
    // The admin reads the outbox in Italian (their language): the note is in theirs.
    expect(msg.text).toContain('[link nascosto: inviato solo alla persona]');

    const [row] = await tp.platform.db.select().from(mailMessages).where(eq(mailMessages.id, item.id));
    expect(`${row.text}${row.html}`).not.toContain('token=');
    expect(row.sealed).toBeNull();
    // The link still works for the person who received it.
    const res = await client(tp).post('/api/auth/reset-password', { token, password: 'a-brand-new-password' });
    expect(res.status).toBe(200);
  });

  it('without a mail server, are written once to the server log (warn) for the operator, never to the outbox', async () => {
    const local = await createTestPlatform();
    const lines: { level: number; msg: string; url?: string; to?: string }[] = [];
    local.platform.logger = pino(
      { level: 'info' },
      new Writable({
        write(chunk, _enc, done) {
          lines.push(JSON.parse(String(chunk)));
          done();
        },
      }),
    );
    try {
      const { api, org } = await adminOfNewOrg(local);
      const p = await createPerson(local, org.id);
      await client(local).post('/api/auth/forgot-password', { email: p.email });
      await local.platform.jobs.drain(local.platform);
      await local.platform.jobs.drain(local.platform);
      const list = await (await api.get('/api/outbox')).json();
      const msg = await (await api.get(`/api/outbox/${list.items[0].id}`)).json();
      expect(msg.text).not.toContain('reset-password?token=');
      const logged = lines.filter((l) => l.url?.includes('/reset-password?token='));
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatchObject({ level: 40, to: p.email });
      const token = tokenIn(logged[0].url ?? '');
      expect(msg).toMatchObject({ status: 'kept', linkHidden: true });
      expect(JSON.stringify(msg)).not.toContain(token);
      // A local user can still reset with the link the operator hands over.
      expect((await client(local).post('/api/auth/reset-password', { token, password: 'a-brand-new-password' })).status).toBe(
        200,
      );
    } finally {
      await local.close();
    }
  });
});
