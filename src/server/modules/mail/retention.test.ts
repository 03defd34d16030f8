import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeInBatches } from '../../platform/retention';
import { createOrg } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { purgeOutboxBodiesJob } from './jobs';
import { outboxBodiesStep, purgeOutboxBodies } from './purge-outbox-bodies';
import { mailMessages } from './schema';

const DAY = 24 * 3600_000;
const HOUR = 3600_000;

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform({ retentionDays: { outbox: 30 } });
});
afterAll(async () => tp.close());

type Status = 'queued' | 'sent' | 'kept' | 'failed';

/** Messages of a fresh organisation written `ageMs` ago. */
async function messages(ageMs: number, n = 1, status: Status = 'sent') {
  const org = await createOrg(tp);
  const createdAt = new Date(Date.now() - ageMs);
  return tp.platform.db
    .insert(mailMessages)
    .values(
      Array.from({ length: n }, (_, i) => ({
        orgId: org.id,
        to: `person-${i}@example.test`,
        subject: 'Benvenuta in Voce',
        text: 'Ciao Ada, ecco il tuo invito: https://voce.test/invito/abc',
        html: '<p>Ciao Ada, ecco il tuo <a href="https://voce.test/invito/abc">invito</a></p>',
        template: 'invitation',
        status,
        createdAt,
        sentAt: status === 'queued' ? null : createdAt,
      })),
    )
    .returning();
}

async function rows(ids: string[]) {
  return tp.platform.db.select().from(mailMessages).where(inArray(mailMessages.id, ids));
}
const emptied = (r: { text: string; html: string }) => r.text === '' && r.html === '';
const ids = (list: { id: string }[]) => list.map((m) => m.id);

describe('outbox bodies after the retention period', () => {
  it('empties text and HTML of messages older than the period and keeps everything else', async () => {
    const [due] = await messages(30 * DAY + HOUR, 1, 'sent');
    const [kept] = await messages(30 * DAY + HOUR, 1, 'kept');
    const [inside] = await messages(30 * DAY - HOUR);
    const [queued] = await messages(40 * DAY, 1, 'queued');

    await purgeOutboxBodies(tp.platform);

    const after = new Map((await rows([due.id, kept.id, inside.id, queued.id])).map((r) => [r.id, r]));
    for (const old of [due, kept]) {
      const row = after.get(old.id);
      expect(row).toMatchObject({ text: '', html: '', to: old.to, subject: old.subject, status: old.status });
      expect(row?.createdAt).toEqual(old.createdAt);
      expect(row?.sentAt).toEqual(old.sentAt);
    }
    // Just inside the period, and a message still waiting to be sent, keep their bodies.
    expect(after.get(inside.id)).toMatchObject({ text: inside.text, html: inside.html });
    expect(after.get(queued.id)).toMatchObject({ text: queued.text, html: queued.html });
  });

  it('works in batches: a cap smaller than what is due leaves the rest for the next run', async () => {
    const due = await messages(31 * DAY, 5);
    const first = await purgeOutboxBodies(tp.platform, { batchSize: 2, maxBatches: 2 });
    expect(first).toEqual({ purged: 4, batches: 2, more: true });
    expect((await rows(ids(due))).filter(emptied)).toHaveLength(4);

    const next = await purgeOutboxBodies(tp.platform, { batchSize: 2, maxBatches: 2 });
    expect(next).toEqual({ purged: 1, batches: 1, more: false });
    expect((await rows(ids(due))).filter(emptied)).toHaveLength(5);
    // Nothing is due any more: an emptied message is not counted again.
    expect(await purgeOutboxBodies(tp.platform)).toEqual({ purged: 0, batches: 1, more: false });
  });

  it('keeps a consistent state when a run fails half-way, and the next run finishes the work', async () => {
    const due = await messages(31 * DAY, 5);
    const step = outboxBodiesStep(30);
    let calls = 0;
    const failing = purgeInBatches(
      tp.platform,
      'test',
      async (tx, limit) => {
        const n = await step(tx, limit);
        if (++calls === 2) throw new Error('connection lost');
        return n;
      },
      { batchSize: 2 },
    );
    await expect(failing).rejects.toThrow('connection lost');

    // The first batch stays done, the failed one is rolled back entirely: every message is whole or emptied.
    const after = await rows(ids(due));
    expect(after.filter(emptied)).toHaveLength(2);
    expect(after.filter((r) => !emptied(r)).every((r) => r.text !== '' && r.html !== '')).toBe(true);

    await purgeOutboxBodies(tp.platform);
    expect((await rows(ids(due))).filter(emptied)).toHaveLength(5);
  });

  it('two sweeps at once (two processes) share the work and never count a message twice', async () => {
    const due = await messages(31 * DAY, 6);
    const [a, b] = await Promise.all([
      purgeOutboxBodies(tp.platform, { batchSize: 2 }),
      purgeOutboxBodies(tp.platform, { batchSize: 2 }),
    ]);
    expect(a.purged + b.purged).toBe(6);
    expect((await rows(ids(due))).filter(emptied)).toHaveLength(6);
  });

  it('runs as a scheduled job', async () => {
    expect(purgeOutboxBodiesJob.cron).toBeDefined();
    const [due] = await messages(31 * DAY);
    await tp.platform.jobs.send(purgeOutboxBodiesJob, {});
    await tp.platform.jobs.drain(tp.platform, [purgeOutboxBodiesJob.name]);
    const [row] = await tp.platform.db.select().from(mailMessages).where(eq(mailMessages.id, due.id));
    expect(emptied(row)).toBe(true);
  });
});
