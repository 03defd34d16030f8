import type PgBoss from 'pg-boss';
import type { JobDef, QueuePolicy } from '.';

/**
 * The queue policy that gives a job's `singletonKey` its meaning (pg-boss 10 enforces a key only on queues created
 * with a policy; elsewhere it is a label):
 * - `short`: at most one job per key waiting to run (created); a second send while one waits is dropped.
 * - `singleton`: at most one job per key running (active); waiting ones pile up, and while one runs, fetching the
 *   next job of the queue fails until it ends (head-of-line blocking: no other key runs meanwhile).
 * - `stately`: at most one waiting, one waiting to retry and one running per key (with the same blocking).
 * Scheduled jobs default to `short`: the schedule sends its job with the job's name as key, so a sweep that has not
 * run yet is never queued a second time, whichever process's clock fires it.
 */
export function policyOf(def: JobDef): QueuePolicy | undefined {
  return def.policy ?? (def.cron ? 'short' : undefined);
}

async function retryOnDeadlock<T>(fn: () => Promise<T>, attempts = 5): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (i >= attempts || (code !== '40P01' && code !== '23505')) throw err;
      await new Promise((r) => setTimeout(r, 50 * i + Math.random() * 100));
    }
  }
}

/** pg-boss itself, once per process; several processes starting at once may deadlock on its schema. */
export const startBoss = (boss: PgBoss) => retryOnDeadlock(() => boss.start());

/**
 * Creates the job's queue, or brings an existing one (made by an older version) to the declared policy and retry
 * limit, then registers its schedule. Several processes start at once in scale-out (and test files in parallel):
 * creating the same queue concurrently can deadlock in PostgreSQL, so skip existing queues and retry the rare deadlock.
 */
export async function ensureQueue(boss: PgBoss, def: JobDef): Promise<void> {
  const policy: PgBoss.QueuePolicy = policyOf(def) ?? 'standard';
  const wanted = { policy, retryLimit: def.retryLimit ?? 5, retryBackoff: true };
  await retryOnDeadlock(async () => {
    const existing = await boss.getQueue(def.name);
    if (!existing) await boss.createQueue(def.name, { name: def.name, ...wanted });
    else if (existing.policy !== wanted.policy || existing.retryLimit !== wanted.retryLimit)
      await boss.updateQueue(def.name, { name: def.name, ...wanted });
    if (def.cron) await boss.schedule(def.name, def.cron, {}, { singletonKey: def.name });
  });
}
