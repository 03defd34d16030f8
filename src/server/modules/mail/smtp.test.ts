import net, { type AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOfNewOrg, createPerson } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { mailMessages } from './schema';
import { sendOne } from './send-one';

/** A port nothing listens on: bound, read, released. */
async function closedPort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const { port } = srv.address() as AddressInfo;
  await new Promise<void>((resolve) => srv.close(() => resolve()));
  return port;
}

/** A real SMTP peer on a random port: every message it receives is parsed and kept. */
let received: ParsedMail[] = [];
let smtp: SMTPServer;
let tp: TestPlatform;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, done) {
      simpleParser(stream)
        .then((m) => received.push(m))
        .then(() => done(), done);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const { port } = smtp.server.address() as AddressInfo;
  tp = await createTestPlatform({ smtpUrl: `smtp://127.0.0.1:${port}` });
});
afterAll(async () => {
  await tp.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe('sending through SMTP', () => {
  it('delivers the invitation in the person’s language with its link, and marks it sent', async () => {
    received = [];
    const { api, org } = await adminOfNewOrg(tp);
    const p = await createPerson(tp, org.id, { login: false, locale: 'en', name: 'Sam Smith' });
    await api.post('/api/invitations', { personIds: [p.id] });
    await tp.platform.jobs.drain(tp.platform);
    expect(received).toHaveLength(1);
    const m = received[0];
    expect(m.subject).toBe(`${org.name} invites you to Voce`);
    expect(m.to && !Array.isArray(m.to) ? m.to.text : '').toBe(p.email);
    expect(m.text).toContain('Hello Sam Smith');
    expect(m.text).toMatch(/http:\/\/localhost:3000\/invitation\/[\w-]{20,}/);
    expect(String(m.html)).toContain('Accept the invitation and choose a password');
    const [row] = await tp.platform.db.select().from(mailMessages).where(eq(mailMessages.orgId, org.id));
    expect(row.status).toBe('sent');
  });

  it('keeps a message it could not send, retries it, and marks it failed after 5 attempts', async () => {
    // Another platform whose SMTP server does not answer (nothing listens on the port).
    const down = await createTestPlatform({ smtpUrl: `smtp://127.0.0.1:${await closedPort()}` });
    try {
      const { api, org } = await adminOfNewOrg(down);
      const p = await createPerson(down, org.id, { login: false });
      await api.post('/api/invitations', { personIds: [p.id] });
      await down.platform.jobs.drain(down.platform);
      const read = async () => (await down.platform.db.select().from(mailMessages).where(eq(mailMessages.orgId, org.id)))[0];
      const first = await read();
      expect(first).toMatchObject({ status: 'queued', attempts: 1 });
      expect(first.error).toMatch(/ECONNREFUSED|connect/i);
      // The sweep re-sends queued messages; four more failures and it is marked failed, never dropped.
      for (let i = 0; i < 4; i++) await sendOne(down.platform, first.id);
      expect(await read()).toMatchObject({ status: 'failed', attempts: 5 });
    } finally {
      await down.close();
    }
  });
});
