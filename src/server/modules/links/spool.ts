import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DeviceClass } from './visitor';

/** One answered human click, as written to the spool and then to the database. Never holds an address. */
export type ClickRecord = {
  id: string;
  linkId: string;
  at: string;
  visitorHash: string;
  referrerHost: string | null;
  deviceClass: DeviceClass;
  country: string | null;
};

export type SpoolBatch = { file: string; records: ClickRecord[] };

/**
 * Append-only files of answered clicks. Each click is written with a synchronous write before its redirect is sent, so
 * once the visitor has their answer the click is in the operating system's hands: a SIGKILL of this process cannot
 * lose it. Files are rotated by the flusher, deleted once their clicks are committed, and replayed after a crash.
 */
export class ClickSpool {
  private readonly bootId = crypto.randomBytes(4).toString('hex');
  private seq = 0;
  private fd: number | null = null;
  private file = '';
  private records: ClickRecord[] = [];
  private openedAt: number | null = null;
  private queued: { record: ClickRecord; written: (err?: Error) => void }[] = [];

  /** exclusive: this process alone uses the folder (the embedded default locks it), so every older file is an orphan. */
  constructor(
    readonly dir: string,
    private readonly exclusive: boolean,
  ) {
    fs.mkdirSync(dir, { recursive: true });
  }

  /**
   * Queues a click; `written` runs once it is on disk, or with the error if it could not be written. Clicks arriving in
   * the same turn of the event loop share one write (group commit): under load one system call serves many visitors.
   */
  append(record: ClickRecord, written: (err?: Error) => void): void {
    this.queued.push({ record, written });
    if (this.queued.length === 1) setImmediate(() => this.writeQueued());
  }

  private writeQueued(): void {
    const batch = this.queued;
    this.queued = [];
    let failure: Error | undefined;
    try {
      if (this.fd === null) {
        this.file = path.join(this.dir, `clicks-${process.pid}-${this.bootId}-${String(++this.seq).padStart(8, '0')}.ndjson`);
        this.fd = fs.openSync(this.file, 'a');
        this.openedAt = Date.now();
      }
      const bytes = Buffer.from(batch.map((q) => `${JSON.stringify(q.record)}\n`).join(''));
      for (let off = 0; off < bytes.length; ) off += fs.writeSync(this.fd, bytes, off);
      for (const q of batch) this.records.push(q.record);
    } catch (err) {
      failure = err instanceof Error ? err : new Error(String(err));
    }
    for (const q of batch) q.written(failure);
  }

  /** How many clicks wait in the current file, and since when. */
  backlog(): { count: number; oldestAt: number | null } {
    return { count: this.records.length, oldestAt: this.openedAt };
  }

  /** Closes the current file and hands over its clicks; new clicks go to a new file. */
  rotate(): SpoolBatch | null {
    if (this.fd === null) return null;
    fs.closeSync(this.fd);
    // The clicks are kept in memory too: the file is only read back after a crash.
    const batch = { file: this.file, records: this.records };
    this.fd = null;
    this.openedAt = null;
    this.records = [];
    return batch;
  }

  /**
   * Files left by processes that are gone (killed, crashed): theirs to replay. A file of a live process on this host
   * is left alone (several processes may share a spool folder on one host).
   */
  orphans(): SpoolBatch[] {
    const mine = `clicks-${process.pid}-${this.bootId}-`;
    return fs
      .readdirSync(this.dir)
      .filter(
        (f) => f.startsWith('clicks-') && f.endsWith('.ndjson') && !f.startsWith(mine) && (this.exclusive || !ownerAlive(f)),
      )
      .sort()
      .map((f) => readBatch(path.join(this.dir, f)));
  }

  done(batch: SpoolBatch): void {
    fs.rmSync(batch.file, { force: true });
  }
}

function ownerAlive(file: string): boolean {
  const pid = Number(file.split('-')[1]);
  if (!Number.isInteger(pid) || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readBatch(file: string): SpoolBatch {
  const records: ClickRecord[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    try {
      records.push(JSON.parse(line) as ClickRecord);
    } catch {
      // A torn last line (power loss mid-write): that redirect was never answered.
    }
  }
  return { file, records };
}
