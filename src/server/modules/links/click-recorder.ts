import path from 'node:path';
import type { Logger } from 'pino';
import type { Database } from '../../platform/db/client';
import { ClickHealth } from './click-health';
import { FlushPacer } from './flush-pacer';
import { HourDedup } from './hour-dedup';
import { insertClicks } from './insert-clicks';
import { LinkResolver } from './resolve-link';
import { rolledThrough } from './rollup-state';
import { SaltBook } from './salts';
import { type ClickRecord, ClickSpool, type SpoolLimits } from './spool';
import { readSpoolFile, removeFile } from './spool-files';

const FLUSH_MS = 500;
const SALT_REFRESH_MS = 10 * 60_000;
const ORPHAN_SCAN_MS = 60_000;
const MAX_RETRY_MS = 30_000;

export type RecorderOptions = { database: Database; logger: Logger; dataDir: string; exclusive: boolean; limits?: SpoolLimits };

/**
 * Everything the public redirect needs at run time: the link cache, the day's salt, and the click spool with its
 * flusher. Recording is a synchronous append to the spool; the database sees clicks in batches every half second,
 * or a little later while redirects keep the process saturated (see FlushPacer). While the database is down or slow,
 * clicks wait in the spool's files (not in memory) and are retried with a growing pause, up to 30 s.
 */
export class ClickRecorder {
  readonly links: LinkResolver;
  readonly salts: SaltBook;
  private readonly spool: ClickSpool;
  readonly health: ClickHealth;
  private timers: NodeJS.Timeout[] = [];
  private flushing: Promise<void> = Promise.resolve();
  private readonly pacer = new FlushPacer();
  private readonly repeats = new HourDedup();
  private retryMs = 0;
  private retryAt = 0;

  constructor(private readonly opts: RecorderOptions) {
    this.links = new LinkResolver(opts.database.db);
    this.salts = new SaltBook(opts.database.db);
    this.spool = new ClickSpool(path.join(opts.dataDir, 'spool'), opts.exclusive, opts.limits);
    this.health = new ClickHealth(this.spool, opts.logger);
  }

  /** Loads salts, replays clicks left by a killed process, then flushes on a timer. */
  async start(): Promise<void> {
    await this.salts.refresh();
    // The rollup's watermark exists before any click is written or read live (see rollup-state.ts).
    await this.opts.database.bulk((tx) => rolledThrough(tx));
    await this.replayOrphans();
    const every = (ms: number, fn: () => Promise<unknown>) => {
      const t = setInterval(() => void fn().catch((err) => this.opts.logger.error({ err }, 'click recorder task failed')), ms);
      t.unref();
      this.timers.push(t);
    };
    every(FLUSH_MS, async () => {
      this.health.report();
      if (Date.now() < this.retryAt) return;
      if (this.pacer.shouldFlush(this.spool.backlog())) await this.flush();
    });
    every(SALT_REFRESH_MS, () => this.salts.refresh());
    every(ORPHAN_SCAN_MS, () => this.replayOrphans());
  }

  /**
   * `answered` runs once the click is safely on disk (or, if the disk refuses it, kept in memory): then redirect. A
   * visitor's repeat on the same link within the hour is answered at once: it is not a click to count. `atMs` is the
   * click's time, when the caller has it as a number (parsing it back costs the hot path).
   */
  record(click: ClickRecord, answered: () => void, atMs = Date.parse(click.at)): void {
    if (this.repeats.first(click.linkId, click.visitorHash, atMs)) this.spool.append(click, answered);
    else answered();
  }

  /** Click records held in memory (bounded by the spool's limits, whatever the database does). */
  held(): number {
    return this.spool.held();
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
    this.health.report(true);
  }

  private async flushNow(): Promise<void> {
    this.spool.rotate();
    for (let batch = this.spool.next(); batch; batch = this.spool.next()) {
      try {
        await insertClicks(this.opts.database, batch.records, batch.file && path.basename(batch.file));
      } catch (err) {
        // The batch waits in its file (or in memory) and is retried after a pause: the database may be restarting.
        this.spool.failed(batch);
        this.retryMs = Math.min(Math.max(FLUSH_MS, this.retryMs * 2), MAX_RETRY_MS);
        this.retryAt = Date.now() + this.retryMs;
        this.health.databaseFailed(err);
        return;
      }
      this.spool.done(batch);
    }
    this.retryMs = 0;
    this.retryAt = 0;
    this.health.databaseRecovered();
  }

  private async replayOrphans(): Promise<void> {
    for (const file of this.spool.orphans()) {
      const records = readSpoolFile(file);
      if (!records) continue;
      try {
        await insertClicks(this.opts.database, records, path.basename(file));
      } catch (err) {
        this.health.databaseFailed(err);
        return; // the file stays; the next scan retries it
      }
      removeFile(file);
      if (records.length > 0) this.opts.logger.info({ clicks: records.length }, 'replayed spooled clicks');
    }
  }
}
