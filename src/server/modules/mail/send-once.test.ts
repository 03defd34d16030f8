import net, { type AddressInfo } from 'node:net';
import { eq, sql } from 'drizzle-orm';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailTransport } from '../../platform/mail/transport';
import { adminOfNewOrg } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { INTERRUPTED, sendMailJob, sweepMail } from './jobs';
import { queueMail } from './queue-mail';
import { mailMessages } from './schema';
import { sendOne } from './send-one';

/** A real SMTP server: "later…" recipients get a temporary refusal (451), "never…" a permanent one (550). */
const received: ParsedMail[] = [];
let smtp: SMTPServer;
let tp: TestPlatform;
let orgId: string;
let outbox: (id: string) => Promise<Record<string, unknown>>;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const refuse = (code: number) => callback(Object.assign(new Error(`refused ${code}`), { responseCode: code }));
      if (address.address.startsWith('later')) return refuse(451);
      if (address.address.startsWith('never')) return refuse(550);
      callback();
    },
    onData(stream, _session, done) {
      simpleParser(stream)
        .then((m) => received.push(m))
        .then(() => done(), done);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  tp = await createTestPlatform({ smtpUrl: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}` });
  const admin = await adminOfNewOrg(tp);
  orgId = admin.org.id;
  // What the organisation's admin reads in the outbox.
  outbox = async (id) => (await admin.api.get(`/api/outbox/${id}`)).json();
});
afterAll(async () => {
  await tp.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

const queue = (to: string) =>
  queueMail(tp.platform, tp.platform.db, { orgId, to, template: 'invitation', locale: 'en', vars: { url: 'http://x.test/i' } });
const rowOf = async (id: string) => (await tp.platform.db.select().from(mailMessages).where(eq(mailMessages.id, id)))[0];
const receivedBy = (to: string) => received.filter((m) => (m.to && !Array.isArray(m.to) ? m.to.text : '') === to);
const waiting = () => tp.platform.jobs.queued(sendMailJob);

/** A server that takes the whole message, then drops the connection instead of answering: did it arrive? */
async function dropsAfterData() {
  const server = net.createServer((socket) => {
    let inData = false;
    socket.write('220 drop.test\r\n');
    socket.on('data', (chunk) => {
      const text = chunk.toString();
      if (inData) return void (text.includes('\r\n.\r\n') && socket.destroy());
      if (/^DATA/m.test(text)) {
        inData = true;
        return void socket.write('354 go on\r\n');
      }
      socket.write('250 ok\r\n');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `smtp://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

describe('each e-mail leaves at most once', () => {
  it('enqueued twice and run by two workers at once, a message reaches its recipient once', async () => {
    const m = await queue('once@send.test');
    const before = await waiting();
    await Promise.all([m.enqueue(tp.platform), m.enqueue(tp.platform)]);
    expect(await waiting()).toBe(before + 1);
    await Promise.all([
      sendOne(tp.platform, m.id),
      sendOne(tp.platform, m.id),
      tp.platform.jobs.drain(tp.platform, ['mail.send']),
    ]);
    expect(receivedBy('once@send.test')).toHaveLength(1);
    expect(await rowOf(m.id)).toMatchObject({ status: 'sent', attempts: 1, error: null });
  });

  it('a permanent refusal fails the message at once; a temporary one is tried again, paced', async () => {
    const never = await queue('never@send.test');
    const later = await queue('later@send.test');
    await sendOne(tp.platform, never.id);
    await sendOne(tp.platform, later.id);
    expect(await outbox(never.id)).toMatchObject({ status: 'failed', attempts: 1, error: expect.stringMatching(/550/) });
    expect(await outbox(later.id)).toMatchObject({ status: 'queued', attempts: 1, error: expect.stringMatching(/451/) });
    const before = await waiting();
    await sweepMail(tp.platform, { orgId });
    expect(await waiting()).toBe(before); // the next attempt is due 2 minutes after the first
    await tp.platform.db
      .update(mailMessages)
      .set({ attemptedAt: sql`now() - interval '3 minutes'` })
      .where(eq(mailMessages.id, later.id));
    await sweepMail(tp.platform, { orgId });
    expect(await waiting()).toBe(before + 1);
  });

  it('a connection lost once the message was transferred is not retried: it may have arrived', async () => {
    const drop = await dropsAfterData();
    const smtpMail = tp.platform.mail;
    tp.platform.mail = createMailTransport({ kind: 'smtp', url: drop.url });
    try {
      const m = await queue('cut@send.test');
      await sendOne(tp.platform, m.id);
      expect(await outbox(m.id)).toMatchObject({ status: 'failed', attempts: 1, error: expect.any(String) });
    } finally {
      tp.platform.mail = smtpMail;
      drop.close();
    }
  });

  it('a send cut short by the death of its process is marked failed by the sweep, never sent again', async () => {
    const died = await queue('died@send.test');
    const live = await queue('live@send.test');
    const claimed = (id: string, ago: string) =>
      tp.platform.db
        .update(mailMessages)
        .set({ status: 'sending', attempts: 1, attemptedAt: sql`now() - ${ago}::interval` })
        .where(eq(mailMessages.id, id));
    await claimed(died.id, '1 hour');
    await claimed(live.id, '1 minute');
    await sweepMail(tp.platform, { orgId });
    await tp.platform.jobs.drain(tp.platform, ['mail.send']);
    expect(await outbox(died.id)).toMatchObject({ status: 'failed', error: INTERRUPTED });
    expect(await outbox(live.id)).toMatchObject({ status: 'sending' });
    expect(receivedBy('died@send.test')).toHaveLength(0);
  });
});
