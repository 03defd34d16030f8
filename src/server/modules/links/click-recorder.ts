import path from 'node:path';
import type { Logger } from 'pino';
import type { Db } from '../../platform/db/client';
import { FlushPacer } from './flush-pacer';
import { insertClicks } from './insert-clicks';
import { LinkResolver } from './resolve-link';
import { SaltBook } from './salts';
import { type ClickRecord, ClickSpool, type SpoolBatch } from './spool';

const FLUSH_MS = 500;
const SALT_REFRESH_MS = 10 * 60_000;
const ORPHAN_SCAN_MS = 60_000;

export type RecorderOptions = { db: Db; logger: Logger; dataDir: string; exclusive: boolean };

/**
 * Everything the public redirect needs at run time: the link cache, the day's salt, and the click spool with its
 * flusher. Recording is a synchronous append to the spool; the database sees clicks in batches every half second,
 * or a little later while redirects keep the process saturated (see FlushPacer).
 */
export class ClickRecorder {
  readonly links: LinkResolver;
  readonly salts: SaltBook;
  private readonly spool: ClickSpool;
  private readonly failed: SpoolBatch[] = [];
  private timers: NodeJS.Timeout[] = [];
  private flushing: Promise<void> = Promise.resolve();
  private readonly pacer = new FlushPacer();

  constructor(private readonly opts: RecorderOptions) {
    this.links = new LinkResolver(opts.db);
    this.salts = new SaltBook(opts.db);
    this.spool = new ClickSpool(path.join(opts.dataDir, 'spool'), opts.exclusive);
  }

  /** Loads salts, replays clicks left by a killed process, then flushes on a timer. */
  async start(): Promise<void> {
    await this.salts.refresh();
    await this.replayOrphans();
    const every = (ms: number, fn: () => Promise<unknown>) => {
      const t = setInterval(() => void fn().catch((err) => this.opts.logger.error({ err }, 'click recorder task failed')), ms);
      t.unref();
      this.timers.push(t);
    };
    every(FLUSH_MS, async () => {
      if (this.failed.length > 0 || this.pacer.shouldFlush(this.spool.backlog())) await this.flush();
    });
    every(SALT_REFRESH_MS, () => this.salts.refresh());
    every(ORPHAN_SCAN_MS, () => this.replayOrphans());
  }

  /** `written` runs once the click is safely on disk: only then may its redirect be answered. */
  record(click: ClickRecord, written: (err?: Error) => void): void {
    this.spool.append(click, written);
  }

  /** Writes everything spooled so far; concurrent calls run one after another. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.flushNow());
    return this.flushing;
  }

  /** Drain on a graceful stop: nothing answered is left only in the spool. */
  async stop(): Promise<void> {
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    await this.flush();
  }

  private async flushNow(): Promise<void> {
    const current = this.spool.rotate();
    const batches = [...this.failed.splice(0), ...(current ? [current] : [])];
    for (const batch of batches) await this.commit(batch);
  }

  private async replayOrphans(): Promise<void> {
    for (const batch of this.spool.orphans()) {
      await this.commit(batch);
      if (batch.records.length > 0) this.opts.logger.info({ clicks: batch.records.length }, 'replayed spooled clicks');
    }
  }

  private async commit(batch: SpoolBatch): Promise<void> {
    try {
      await insertClicks(this.opts.db, batch.records);
      this.spool.done(batch);
    } catch (err) {
      // The file stays on disk and the batch is retried on the next tick: the database may be restarting.
      this.opts.logger.error({ err, clicks: batch.records.length }, 'could not record clicks yet');
      if (!this.failed.includes(batch)) this.failed.push(batch);
    }
  }
}
