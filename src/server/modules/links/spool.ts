import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { spoolLine, spoolOrphans } from './spool-files';
import { defaultSpoolLimits, type SpoolBatch, type SpoolHealth, type SpoolLimits, SpoolQueue } from './spool-queue';
import type { DeviceClass } from './visitor';

export { defaultSpoolLimits, type SpoolBatch, type SpoolHealth, type SpoolLimits } from './spool-queue';

/** One answered human click, as written to the spool and then to the database. Never holds an address. */
export type ClickRecord = {
  id: string;
  /** The link's organisation (absent in files written before it was recorded: looked up when written). */
  orgId?: string;
  linkId: string;
  at: string;
  visitorHash: string;
  referrerHost: string | null;
  deviceClass: DeviceClass;
  country: string | null;
};

/**
 * Append-only files of answered clicks. Each click is written with a synchronous write before its redirect is sent, so
 * once the visitor has their answer the click is in the operating system's hands: a SIGKILL of this process cannot
 * lose it. Files are closed by the flusher (or at `fileRecords`), deleted once their clicks are committed, and
 * replayed after a crash. Memory stays bounded whatever the database does: only the open file and the newest closed
 * one keep their clicks in memory; older files are read back when their turn comes.
 *
 * If the disk refuses a click (full, folder gone, read-only) the visitor is still sent on: the click is kept in memory
 * and still written to the database, without the crash guarantee, up to `memoryRecords`; beyond that it is dropped.
 * Both are counted in `health`.
 */
export class ClickSpool {
  private readonly bootId = crypto.randomBytes(4).toString('hex');
  private seq = 0;
  private fd: number | null = null;
  private file = '';
  private records: ClickRecord[] = [];
  private openedAt: number | null = null;
  private queued: { record: ClickRecord; answered: () => void }[] = [];
  /** Closed files and refused clicks, waiting for the database. */
  private readonly waiting: SpoolQueue;

  /** exclusive: this process alone uses the folder (the embedded default locks it), so every older file is an orphan. */
  constructor(
    readonly dir: string,
    private readonly exclusive: boolean,
    private readonly limits: SpoolLimits = defaultSpoolLimits,
  ) {
    fs.mkdirSync(dir, { recursive: true });
    this.waiting = new SpoolQueue(limits.memoryRecords);
  }

  get health(): SpoolHealth {
    return this.waiting.health;
  }

  /**
   * Queues a click; `answered` runs once it is on disk (or kept in memory, if the disk refused it). Clicks arriving in
   * the same turn of the event loop share one write (group commit): under load one system call serves many visitors.
   */
  append(record: ClickRecord, answered: () => void): void {
    this.queued.push({ record, answered });
    if (this.queued.length === 1) setImmediate(() => this.writeQueued());
  }

  private writeQueued(): void {
    const batch = this.queued;
    this.queued = [];
    try {
      if (this.fd === null) this.open();
      const bytes = Buffer.from(batch.map((q) => spoolLine(q.record)).join(''));
      for (let off = 0; off < bytes.length; ) off += fs.writeSync(this.fd as number, bytes, off);
      for (const q of batch) this.records.push(q.record);
      this.health.error = null;
    } catch (err) {
      this.health.error = err instanceof Error ? err.message : String(err);
      // The file may now end in a torn line: later clicks go to a new one.
      this.seal(false);
      this.waiting.refused(batch.map((q) => q.record));
    }
    if (this.records.length >= this.limits.fileRecords) this.seal(false);
    for (const q of batch) q.answered();
  }

  private open(): void {
    // The folder may have been removed while running: make it again (this fails if something else took its place).
    fs.mkdirSync(this.dir, { recursive: true });
    const file = path.join(this.dir, `clicks-${process.pid}-${this.bootId}-${String(++this.seq).padStart(8, '0')}.ndjson`);
    this.fd = fs.openSync(file, 'a');
    this.file = file;
    this.openedAt = Date.now();
  }

  /** Closes the open file; its clicks wait for the database, in memory only if `keep`. */
  private seal(keep: boolean): void {
    if (this.fd === null) return;
    try {
      fs.closeSync(this.fd);
    } catch {
      // Closing cannot lose what was written; the clicks are accounted for by the queue.
    }
    this.fd = null;
    if (this.records.length > 0)
      this.waiting.add(
        { file: this.file, count: this.records.length, openedAt: this.openedAt ?? Date.now(), records: this.records },
        keep,
      );
    this.records = [];
    this.openedAt = null;
  }

  /** Closes the open file so its clicks can be committed; it alone keeps them in memory. */
  rotate(): void {
    this.waiting.forgetAll();
    this.seal(true);
  }

  /** How many clicks wait for the database, and since when (the oldest file's opening). */
  backlog(): { count: number; oldestAt: number | null } {
    return { count: this.records.length + this.waiting.count(), oldestAt: this.waiting.oldestAt() ?? this.openedAt };
  }

  /** Click records this spool holds in memory right now (the bound the limits guarantee). */
  held(): number {
    return this.records.length + this.waiting.held();
  }

  /** The oldest batch waiting for the database, read back from its file if needed; null when nothing waits. */
  next(): SpoolBatch | null {
    return this.waiting.next();
  }

  /** The batch is in the database: its file goes. */
  done(batch: SpoolBatch): void {
    this.waiting.done(batch);
  }

  /** The database refused the batch: it waits, on disk (or in memory if it never reached the disk), for a retry. */
  failed(batch: SpoolBatch): void {
    this.waiting.failed(batch);
  }

  /** Files left by processes that are gone (killed, crashed): theirs to replay. */
  orphans(): string[] {
    return spoolOrphans(this.dir, `clicks-${process.pid}-${this.bootId}-`, this.exclusive);
  }
}
