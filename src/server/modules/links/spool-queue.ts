import fs from 'node:fs';
import type { ClickRecord } from './spool';
import { readSpoolFile, removeFile } from './spool-files';

/** Clicks on their way to the database: from a spool file, or (file null) kept in memory because the disk refused them. */
export type SpoolBatch = { file: string | null; records: ClickRecord[] };

/** fileRecords: a spool file is closed at this size; memoryRecords: how many clicks the disk refused are still kept. */
export type SpoolLimits = { fileRecords: number; memoryRecords: number };
export const defaultSpoolLimits: SpoolLimits = { fileRecords: 50_000, memoryRecords: 10_000 };

/** What an operator needs to know: clicks that missed the crash guarantee, clicks dropped, the last disk error. */
export type SpoolHealth = { notWritten: number; lost: number; error: string | null };

/** A closed spool file; `records` are its clicks when still in memory (null: read the file back when needed). */
export type SealedFile = { file: string; count: number; openedAt: number; records: ClickRecord[] | null };

/**
 * What waits for the database, oldest first: closed spool files, then clicks the disk refused (in memory, at most
 * `memoryRecords`; beyond that they are dropped and counted as lost). Only the newest closed file keeps its clicks in
 * memory, so memory stays bounded however long the database is away.
 */
export class SpoolQueue {
  private sealed: SealedFile[] = [];
  private unwritten: ClickRecord[] = [];
  private reading = 0;
  readonly health: SpoolHealth = { notWritten: 0, lost: 0, error: null };

  constructor(private readonly memoryRecords: number) {}

  add(s: SealedFile, keep: boolean): void {
    this.sealed.push(s);
    if (!keep) this.forget(s);
  }

  /** Clicks the disk refused: kept in memory while there is room. */
  refused(records: ClickRecord[]): void {
    this.health.notWritten += records.length;
    this.keepInMemory(records);
  }

  /** Every closed file's clicks leave memory (they are on disk). */
  forgetAll(): void {
    for (const s of [...this.sealed]) this.forget(s);
  }

  count(): number {
    return this.unwritten.length + this.sealed.reduce((n, s) => n + s.count, 0);
  }

  oldestAt(): number | null {
    return this.sealed[0]?.openedAt ?? null;
  }

  held(): number {
    return this.unwritten.length + this.reading + this.sealed.reduce((n, s) => n + (s.records?.length ?? 0), 0);
  }

  next(): SpoolBatch | null {
    for (;;) {
      const s = this.sealed[0];
      if (!s) break;
      const records = s.records ?? readSpoolFile(s.file);
      if (records) {
        if (!s.records) this.reading = records.length;
        return { file: s.file, records };
      }
      // The file vanished with its folder before its clicks were committed.
      this.sealed.shift();
      this.health.lost += s.count;
    }
    if (this.unwritten.length === 0) return null;
    const records = this.unwritten;
    this.unwritten = [];
    this.reading = records.length;
    return { file: null, records };
  }

  done(batch: SpoolBatch): void {
    this.reading = 0;
    if (batch.file === null) return;
    if (this.sealed[0]?.file === batch.file) this.sealed.shift();
    removeFile(batch.file);
  }

  failed(batch: SpoolBatch): void {
    this.reading = 0;
    if (batch.file !== null) {
      const s = this.sealed[0];
      if (s?.file === batch.file) this.forget(s);
      return;
    }
    const later = this.unwritten;
    this.unwritten = [];
    this.keepInMemory([...batch.records, ...later]);
  }

  /** Drops a closed file's clicks from memory; if the file is gone (its folder removed), they stay in memory instead. */
  private forget(s: SealedFile): void {
    if (!s.records || fs.existsSync(s.file)) {
      s.records = null;
      return;
    }
    this.sealed.splice(this.sealed.indexOf(s), 1);
    this.refused(s.records);
  }

  private keepInMemory(records: ClickRecord[]): void {
    const room = Math.max(0, this.memoryRecords - this.unwritten.length);
    this.unwritten.push(...records.slice(0, room));
    this.health.lost += Math.max(0, records.length - room);
  }
}
