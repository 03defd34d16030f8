import type { Database } from '../../platform/db/client';
import { addClickCounts, closedHoursSource, ROLLUP_LOCK } from './click-rollup';
import { rolledThrough } from './rollup-state';

const HOUR = 3_600_000;
/**
 * An hour is rolled up this long after it ends: by then its clicks have left every process's spool (they are written
 * within a second, or within 30 s while a process is saturated). A click later still is counted by its writer.
 */
export const ROLLUP_GRACE_MS = 2 * 60_000;
/** Hours rolled per transaction: a long outage is caught up in steps that each hold the lock briefly. */
const HOURS_PER_STEP = 6;

export type RollResult = { hours: number; clicks: number; rolledThrough: Date };

/**
 * Counts the raw clicks of every closed hour not yet counted, oldest first, and moves the watermark past them. Each
 * step is one transaction holding the rollup lock exclusively: writers in flight finish first (they hold it shared),
 * and a second run — another process, a retry — waits, then finds the watermark moved and does nothing, so an hour is
 * counted once. Catches up any number of hours after downtime, HOURS_PER_STEP at a time.
 */
export async function rollClosedHours(database: Database, now = new Date()): Promise<RollResult> {
  const closed = Math.floor((now.getTime() - ROLLUP_GRACE_MS) / HOUR) * HOUR;
  let hours = 0;
  let clicks = 0;
  let watermark = 0;
  for (;;) {
    const step = await database.bulk(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1)', [ROLLUP_LOCK]);
      const from = await rolledThrough(tx);
      const to = Math.min(closed, from + HOURS_PER_STEP * HOUR);
      if (to <= from) return { from, to: from, n: 0 };
      const n = await addClickCounts(tx, closedHoursSource, [new Date(from).toISOString(), new Date(to).toISOString()]);
      const moved = await tx.query(
        'update click_rollup_state set rolled_through = $1, updated_at = now() where id = 1 and rolled_through = $2 returning id',
        [new Date(to).toISOString(), new Date(from).toISOString()],
      );
      // Unreachable while the lock is held; if it ever happens, roll back rather than count twice.
      if (moved.rows.length !== 1) throw new Error('click rollup watermark moved under the lock');
      return { from, to, n };
    });
    watermark = step.to;
    if (step.to === step.from) break;
    hours += (step.to - step.from) / HOUR;
    clicks += step.n;
  }
  return { hours, clicks, rolledThrough: new Date(watermark) };
}
