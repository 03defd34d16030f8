import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { defineJob, Jobs } from '.';

let tp: TestPlatform;
const ran: Record<string, unknown[]> = {};
const record = (name: string) => async (_p: unknown, data: unknown) => {
  ran[name] = [...(ran[name] ?? []), data];
};

const shortJob = defineJob({
  name: 'test.short',
  schema: z.object({ n: z.number() }),
  policy: 'short',
  handle: record('test.short'),
});
const plainJob = defineJob({ name: 'test.plain', schema: z.object({}), handle: record('test.plain') });
const cronJob = defineJob({
  name: 'test.cron',
  schema: z.object({}).passthrough(),
  cron: '0 3 * * *',
  handle: record('test.cron'),
});

/** Another process on the same database: its own pg-boss, the same queues. */
const secondProcess = () => Jobs.create(tp.platform.database.executeSql, tp.platform.logger, tp.platform.config.jobsSchema);

beforeAll(async () => {
  tp = await createTestPlatform();
  await tp.platform.jobs.start([shortJob, plainJob, cronJob]);
});
afterAll(async () => tp.close());

describe('jobs', () => {
  it('queues one job for a key on a queue with a policy, however often and from however many processes it is sent', async () => {
    const other = secondProcess();
    await other.start([shortJob]);
    try {
      const sends = [
        tp.platform.jobs.send(shortJob, { n: 1 }, { singletonKey: 'k1' }),
        other.send(shortJob, { n: 2 }, { singletonKey: 'k1' }),
        tp.platform.jobs.send(shortJob, { n: 3 }, { singletonKey: 'k1' }),
        other.send(shortJob, { n: 4 }, { singletonKey: 'k2' }),
      ];
      const ids = await Promise.all(sends);
      expect(ids.filter(Boolean)).toHaveLength(2);
      ran['test.short'] = [];
      expect(await tp.platform.jobs.drain(tp.platform, ['test.short'])).toBe(2);
      expect(ran['test.short']).toHaveLength(2);
      // Once it has run, the key is free again: a later trigger is a new job.
      expect(await tp.platform.jobs.send(shortJob, { n: 5 }, { singletonKey: 'k1' })).toBeTruthy();
      expect(await tp.platform.jobs.drain(tp.platform, ['test.short'])).toBe(1);
    } finally {
      await other.stop();
    }
  });

  it('refuses a singletonKey on a queue without a policy, where it would be only a label', async () => {
    await expect(tp.platform.jobs.send(plainJob, {}, { singletonKey: 'k' })).rejects.toThrow(/policy/);
    expect(await tp.platform.jobs.queued(plainJob)).toBe(0);
  });

  it('gives a queue created without a policy (an older version) its policy at start', async () => {
    const old = defineJob({ name: 'test.upgraded', schema: z.object({}), handle: record('test.upgraded') });
    await tp.platform.jobs.start([old]);
    const upgraded = secondProcess();
    await upgraded.start([{ ...old, policy: 'short' }]);
    try {
      await upgraded.send({ ...old, policy: 'short' }, {}, { singletonKey: 'x' });
      await upgraded.send({ ...old, policy: 'short' }, {}, { singletonKey: 'x' });
      expect(await upgraded.queued(old)).toBe(1);
    } finally {
      await upgraded.stop();
    }
  });

  it('a scheduled job queues one run at a time, even when two processes fire the schedule', async () => {
    const other = secondProcess();
    await other.start([cronJob]);
    try {
      // pg-boss's clock sends the schedule's payload with the schedule's options: the key is the job's name.
      const schema = tp.platform.config.jobsSchema ?? 'pgboss';
      const { rows } = await tp.platform.database.executeSql(`select options from ${schema}.schedule where name = $1`, [
        cronJob.name,
      ]);
      expect(rows).toEqual([{ options: expect.objectContaining({ singletonKey: cronJob.name }) }]);
      const fire = (jobs: Jobs) => jobs.send(cronJob, {}, { singletonKey: cronJob.name });
      await Promise.all([fire(tp.platform.jobs), fire(other)]);
      await fire(tp.platform.jobs);
      expect(await tp.platform.jobs.queued(cronJob)).toBe(1);
    } finally {
      await other.stop();
    }
  });

  it('runs a job queued in this process at once, though its queue is polled only every minute', async () => {
    const woken = defineJob({ name: 'test.woken', schema: z.object({ n: z.number() }), handle: record('test.woken') });
    const worker = secondProcess();
    await worker.start([woken]);
    try {
      await worker.work(tp.platform, 60);
      await new Promise((r) => setTimeout(r, 1_000)); // its first poll, at start, has found nothing
      const sent = Date.now();
      await worker.send(woken, { n: 1 });
      while (!ran['test.woken'] && Date.now() - sent < 30_000) await new Promise((r) => setTimeout(r, 50));
      expect(ran['test.woken']).toEqual([{ n: 1 }]);
      expect(Date.now() - sent).toBeLessThan(30_000);
    } finally {
      await worker.stop();
    }
  });
});
