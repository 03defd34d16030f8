import { performance } from 'node:perf_hooks';

export type PacerLimits = { busyUtilisation: number; maxDeferMs: number; maxBacklog: number };

/**
 * Defaults: a saturated event loop may postpone writing clicks for up to 30 s or 250,000 clicks (on disk: the spool
 * keeps at most two files' worth in memory, see SpoolLimits).
 */
export const defaultPacerLimits: PacerLimits = { busyUtilisation: 0.5, maxDeferMs: 30_000, maxBacklog: 250_000 };

/**
 * Decides, at each flush tick, whether spooled clicks go to the database now. Clicks are already safe on disk, so
 * when the event loop is saturated by redirects (a burst after a popular share) writing them waits — the embedded
 * database shares this thread — but never longer than the limits, so dashboards lag by seconds, not indefinitely.
 */
export class FlushPacer {
  private last = performance.eventLoopUtilization();

  constructor(
    private readonly limits: PacerLimits = defaultPacerLimits,
    private readonly utilisation: () => number = () => this.sample(),
  ) {}

  shouldFlush(backlog: { count: number; oldestAt: number | null }, now = Date.now()): boolean {
    const busy = this.utilisation() >= this.limits.busyUtilisation;
    if (!busy || backlog.oldestAt === null) return true;
    return now - backlog.oldestAt >= this.limits.maxDeferMs || backlog.count >= this.limits.maxBacklog;
  }

  /** Share of the time since the previous tick that the event loop spent working (0 idle … 1 saturated). */
  private sample(): number {
    const now = performance.eventLoopUtilization();
    const delta = performance.eventLoopUtilization(now, this.last);
    this.last = now;
    return delta.utilization;
  }
}
