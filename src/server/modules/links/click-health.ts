import type { Logger } from 'pino';
import type { ClickSpool } from './spool';

const REPORT_EVERY_MS = 60_000;

/** The click path's state for an operator: on /readyz, and in the log. */
export type ClickPathHealth = {
  /** Since start: clicks the disk refused (redirected anyway, kept in memory without the crash guarantee). */
  clicksNotWrittenToSpool: number;
  /** Since start: clicks dropped because the disk refused them and the memory reserve was full. */
  clicksLost: number;
  /** Clicks waiting for the database. */
  clicksWaiting: number;
  spoolError: string | null;
  databaseError: string | null;
};

/**
 * Counts what went wrong on the click path and says so in the log at most once a minute (a failing disk under load
 * must not write a log line per click), plus once when the database is back.
 */
export class ClickHealth {
  private databaseError: string | null = null;
  private failingSince: number | null = null;
  private lastReport = 0;
  private reported = { notWritten: 0, lost: 0 };

  constructor(
    private readonly spool: ClickSpool,
    private readonly logger: Logger,
  ) {}

  databaseFailed(err: unknown): void {
    this.databaseError = err instanceof Error ? err.message : String(err);
    this.failingSince ??= Date.now();
    this.report();
  }

  databaseRecovered(): void {
    if (this.failingSince === null) return;
    this.logger.info({ failingMs: Date.now() - this.failingSince }, 'clicks reach the database again');
    this.databaseError = null;
    this.failingSince = null;
  }

  /** Logs what happened since the last report, unless one was logged less than a minute ago (`now` forces it). */
  report(now = false): void {
    const h = this.spool.health;
    const notWritten = h.notWritten - this.reported.notWritten;
    const lost = h.lost - this.reported.lost;
    if (notWritten === 0 && lost === 0 && !this.databaseError) return;
    if (!now && Date.now() - this.lastReport < REPORT_EVERY_MS) return;
    this.lastReport = Date.now();
    this.reported = { notWritten: h.notWritten, lost: h.lost };
    this.logger.error(
      {
        clicksNotWrittenToSpool: notWritten,
        clicksLost: lost,
        clicksWaiting: this.spool.backlog().count,
        spoolError: h.error,
        databaseError: this.databaseError,
      },
      'clicks could not be recorded normally (visitors are still redirected); counts since the last report',
    );
  }

  snapshot(): ClickPathHealth {
    const h = this.spool.health;
    return {
      clicksNotWrittenToSpool: h.notWritten,
      clicksLost: h.lost,
      clicksWaiting: this.spool.backlog().count,
      spoolError: h.error,
      databaseError: this.databaseError,
    };
  }
}
