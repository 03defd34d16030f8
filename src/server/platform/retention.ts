import { inArray, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Config, RetentionDays } from './config';
import type { Tx } from './db/client';
import type { Platform } from './platform';

// Retention: personal data nobody needs any more is deleted (or emptied) by periodic sweeps. A sweep never runs one
// giant statement: it works in short transactions of at most `batchSize` rows, at most `maxBatches` per run, so it
// never holds locks for long nor bloats one transaction, and a backlog drains over a few runs.

/** Rows per batch (one short transaction each). */
export const PURGE_BATCH_SIZE = 500;
/** Batches per run: with an hourly sweep, up to 240 000 rows a day per sweep; the rest waits for the next run. */
export const PURGE_MAX_BATCHES = 20;

export type PurgeLimits = { batchSize?: number; maxBatches?: number };
/** purged: rows removed or emptied; more: the cap stopped the run while due rows may remain. */
export type PurgeResult = { purged: number; batches: number; more: boolean };

/** One batch: removes or empties at most `limit` due rows inside `tx` and says how many. */
export type PurgeStep = (tx: Tx, limit: number) => Promise<number>;

/** Defaults of the periods (the same as config.ts's environment defaults). */
export const defaultRetentionDays: RetentionDays = { imports: 1, outbox: 30, tokens: 7 };

/** The configured periods, defaults filled in (a test platform sets only what it is about). */
export function retentionDays(config: Pick<Config, 'retentionDays'>): RetentionDays {
  return { ...defaultRetentionDays, ...config.retentionDays };
}

/** `now() - <days> days`, computed by the database so every process agrees on the cut-off. */
export const daysAgo = (days: number): SQL => sql`now() - make_interval(days => ${days})`;

/**
 * Runs `step` in batches until a batch comes back short (nothing more is due) or the cap is reached.
 * Each batch commits on its own: a failure rolls back only the batch it happened in, keeps what earlier batches did
 * (each row is either untouched or fully purged), is logged with the progress made, and is thrown so the job records
 * it; the next run carries on.
 */
export async function purgeInBatches(
  platform: Pick<Platform, 'db' | 'logger'>,
  name: string,
  step: PurgeStep,
  limits: PurgeLimits = {},
): Promise<PurgeResult> {
  const batchSize = limits.batchSize ?? PURGE_BATCH_SIZE;
  const maxBatches = limits.maxBatches ?? PURGE_MAX_BATCHES;
  let purged = 0;
  let batches = 0;
  while (batches < maxBatches) {
    let n: number;
    try {
      n = await platform.db.transaction((tx) => step(tx, batchSize));
    } catch (err) {
      platform.logger.error({ err, purge: name, purged, batches }, 'retention purge failed; the rest waits for the next run');
      throw err;
    }
    batches++;
    purged += n;
    if (n < batchSize) {
      if (purged > 0) platform.logger.info({ purge: name, purged, batches }, 'retention purge done');
      return { purged, batches, more: false };
    }
  }
  platform.logger.warn({ purge: name, purged, batches }, 'retention purge reached its cap; the rest waits for the next run');
  return { purged, batches, more: true };
}

/**
 * Picks at most `limit` due rows by primary key. Rows another transaction holds are skipped (the next run takes them):
 * two sweeps at once, or a sweep and a user's request, never wait on each other nor touch a row twice.
 */
function dueKeys(tx: Tx, table: PgTable, key: PgColumn, due: SQL, limit: number) {
  return tx.select({ key }).from(table).where(due).limit(limit).for('update', { skipLocked: true });
}

/** A step that deletes due rows: `delete … where key in (select key … where due limit n for update skip locked)`. */
export function deleteDue(table: PgTable, key: PgColumn, due: SQL): PurgeStep {
  return async (tx, limit) => {
    const gone = await tx
      .delete(table)
      .where(inArray(key, dueKeys(tx, table, key, due, limit)))
      .returning({ key });
    return gone.length;
  };
}

/** A step that empties columns of due rows and keeps the rows; `due` must exclude rows already emptied. */
export function updateDue<T extends PgTable>(table: T, key: PgColumn, set: PgUpdateSetSource<T>, due: SQL): PurgeStep {
  return async (tx, limit) => {
    const done = await tx
      .update(table)
      .set(set)
      .where(inArray(key, dueKeys(tx, table, key, due, limit)))
      .returning({ key });
    return done.length;
  };
}
