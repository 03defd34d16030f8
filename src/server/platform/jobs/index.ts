import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { z } from 'zod';
import type { ExecuteSql } from '../db/client';
import type { Platform } from '../platform';
import { ensureQueue, policyOf, startBoss } from './queues';

export type QueuePolicy = 'short' | 'singleton' | 'stately';

/** A background job: name, payload schema (checked before running), handler. Payloads are never logged. */
export type JobDef<S extends z.ZodType = z.ZodType> = {
  name: string;
  schema: S;
  handle(platform: Platform, data: z.infer<S>): Promise<void>;
  /** Cron (UTC) for periodic sweeps; the payload is {}. Two processes never queue it twice (see queues.ts). */
  cron?: string;
  /**
   * What a `singletonKey` means on this queue (see queues.ts); without one, sending a key is refused. A policy only
   * dedupes triggers: where "at most once" matters, the handler must also claim its database row.
   */
  policy?: QueuePolicy;
  retryLimit?: number;
  batchSize?: number;
};

export function defineJob<S extends z.ZodType>(def: JobDef<S>): JobDef<S> {
  return def;
}

export type SendOptions = { startAfter?: Date; singletonKey?: string; id?: string };

export class Jobs {
  private readonly defs = new Map<string, JobDef>();
  /** This process's worker per queue, woken when this process queues a job there. */
  private readonly workers = new Map<string, string>();
  private started = false;

  constructor(
    private readonly boss: PgBoss,
    private readonly logger: Logger,
  ) {}

  /**
   * schedule: false keeps the clock that fires cron sweeps off (test platforms: sweeps act on every organisation and
   * test files share one PostgreSQL, so a test runs the sweep it means to test, by hand).
   */
  static create(executeSql: ExecuteSql, logger: Logger, schema = 'pgboss', schedule = true): Jobs {
    const boss = new PgBoss({
      db: { executeSql: (text, values) => executeSql(text, values) },
      schema,
      supervise: true,
      schedule,
    });
    boss.on('error', (err) => logger.error({ err }, 'job queue error'));
    return new Jobs(boss, logger);
  }

  async start(defs: JobDef[]): Promise<void> {
    for (const d of defs) this.defs.set(d.name, d);
    if (!this.started) await startBoss(this.boss);
    this.started = true;
    for (const d of defs) await ensureQueue(this.boss, d);
  }

  /**
   * Queues a job; answers its id, or null when the queue's policy dropped it (one with the same key is waiting).
   * A key on a queue without a policy would be silently ignored by pg-boss, so it is a programming error.
   */
  async send<S extends z.ZodType>(def: JobDef<S>, data: z.infer<S>, opts: SendOptions = {}): Promise<string | null> {
    def.schema.parse(data);
    if (opts.singletonKey && !policyOf(def)) throw new Error(`job ${def.name}: a singletonKey needs a queue policy`);
    const id = await this.boss.send(def.name, data as object, {
      startAfter: opts.startAfter,
      singletonKey: opts.singletonKey,
      id: opts.id,
    });
    // A job queued here for now is picked up at once, not at the next poll (which may be seconds away, see work()).
    const worker = this.workers.get(def.name);
    if (id && worker && !opts.startAfter) this.boss.notifyWorker(worker);
    return id;
  }

  /** Jobs of this kind waiting to run (including those due later): for tests and health checks. */
  async queued(def: JobDef): Promise<number> {
    return (await this.boss.getQueueSize(def.name)) ?? 0;
  }

  private async run(platform: Platform, def: JobDef, data: unknown): Promise<void> {
    const parsed = def.schema.safeParse(data);
    if (!parsed.success) {
      // A malformed payload will never succeed: log the job name only and drop it.
      this.logger.error({ job: def.name }, 'job payload rejected by its schema');
      return;
    }
    await def.handle(platform, parsed.data);
  }

  /**
   * Long-running workers (server "all" and "worker" roles). A job that throws is retried by pg-boss up to its
   * retryLimit; the last failure is logged as an error. The state a person sees is the handler's to write (its
   * database row): a job must never leave it "running" (see people.import and mail.send).
   *
   * Each queue is polled every `pollingIntervalSeconds`; jobs this process queues wake its worker at once. On the
   * embedded database every job is queued in this process, so a slow poll (only for delayed jobs, retries and cron
   * sweeps) costs no latency, while polling ~30 queues every second cost a tenth of a core doing nothing.
   */
  async work(platform: Platform, pollingIntervalSeconds = 1): Promise<void> {
    for (const def of this.defs.values()) {
      const options = { batchSize: def.batchSize ?? 1, pollingIntervalSeconds, includeMetadata: true as const };
      const worker = await this.boss.work(def.name, options, async (jobs) => {
        for (const job of jobs)
          await this.run(platform, def, job.data).catch((err: unknown) => {
            if (job.retryCount >= job.retryLimit) this.logger.error({ err, job: def.name }, 'job failed, no retry left');
            throw err;
          });
      });
      this.workers.set(def.name, worker);
    }
  }

  /** Runs every queued job now, in this process, until the queues are empty: for tests and CLI tasks. */
  async drain(platform: Platform, names?: string[]): Promise<number> {
    let ran = 0;
    for (let round = 0; round < 50; round++) {
      let found = 0;
      for (const def of this.defs.values()) {
        if (names && !names.includes(def.name)) continue;
        const jobs = await this.boss.fetch<unknown>(def.name, { batchSize: 50 });
        for (const job of jobs) {
          found++;
          try {
            await this.run(platform, def, job.data);
            await this.boss.complete(def.name, job.id);
          } catch (err) {
            await this.boss.fail(def.name, job.id, { message: String(err) });
            throw err;
          }
        }
      }
      ran += found;
      if (found === 0) break;
    }
    return ran;
  }

  async stop(): Promise<void> {
    if (this.started) await this.boss.stop({ graceful: true, close: false, wait: true, timeout: 10_000 });
    this.started = false;
  }
}
