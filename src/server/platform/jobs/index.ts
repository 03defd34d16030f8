import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { z } from 'zod';
import type { ExecuteSql } from '../db/client';
import type { Platform } from '../platform';

/** A background job: name, payload schema (checked before running), handler. Payloads are never logged. */
export type JobDef<S extends z.ZodType = z.ZodType> = {
  name: string;
  schema: S;
  handle(platform: Platform, data: z.infer<S>): Promise<void>;
  /** Cron (UTC) for periodic sweeps; the payload is {}. */
  cron?: string;
  retryLimit?: number;
  batchSize?: number;
};

export function defineJob<S extends z.ZodType>(def: JobDef<S>): JobDef<S> {
  return def;
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

export type SendOptions = { startAfter?: Date; singletonKey?: string; id?: string };

export class Jobs {
  private readonly defs = new Map<string, JobDef>();
  private started = false;

  constructor(
    private readonly boss: PgBoss,
    private readonly logger: Logger,
  ) {}

  static create(executeSql: ExecuteSql, logger: Logger, schema = 'pgboss'): Jobs {
    const boss = new PgBoss({
      db: { executeSql: (text, values) => executeSql(text, values) },
      schema,
      supervise: true,
      schedule: true,
    });
    boss.on('error', (err) => logger.error({ err }, 'job queue error'));
    return new Jobs(boss, logger);
  }

  async start(defs: JobDef[]): Promise<void> {
    for (const d of defs) this.defs.set(d.name, d);
    if (!this.started) await retryOnDeadlock(() => this.boss.start());
    this.started = true;
    for (const d of defs) {
      // Several processes start at once in scale-out (and test files in parallel): creating the same queue
      // concurrently can deadlock in PostgreSQL, so skip existing queues and retry the rare deadlock.
      await retryOnDeadlock(async () => {
        if (!(await this.boss.getQueue(d.name)))
          await this.boss.createQueue(d.name, { name: d.name, retryLimit: d.retryLimit ?? 5, retryBackoff: true });
        if (d.cron) await this.boss.schedule(d.name, d.cron, {}, { singletonKey: d.name });
      });
    }
  }

  async send<S extends z.ZodType>(def: JobDef<S>, data: z.infer<S>, opts: SendOptions = {}): Promise<string | null> {
    def.schema.parse(data);
    return this.boss.send(def.name, data as object, {
      startAfter: opts.startAfter,
      singletonKey: opts.singletonKey,
      id: opts.id,
    });
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

  /** Long-running workers (server "all" and "worker" roles). */
  async work(platform: Platform, pollingIntervalSeconds = 1): Promise<void> {
    for (const def of this.defs.values()) {
      await this.boss.work(def.name, { batchSize: def.batchSize ?? 1, pollingIntervalSeconds }, async (jobs) => {
        for (const job of jobs) await this.run(platform, def, job.data);
      });
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
