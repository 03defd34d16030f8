import { AppError } from '../../platform/errors';
import { isoDayBetween, REPORT_MAX_DAY, REPORT_MIN_DAY } from '../../platform/validation';

const DAY_MS = 86_400_000;
export const MAX_DAYS = 366;
export const DEFAULT_DAYS = 30;

export type Period = {
  from: string;
  to: string;
  /** Instants for timestamp columns: [start, end). Days are UTC days. */
  start: Date;
  end: Date;
  days: string[];
};

const iso = (d: Date) => d.toISOString().slice(0, 10);

const reportDay = isoDayBetween(REPORT_MIN_DAY, REPORT_MAX_DAY);

/** A real day within the report years (the contract checks it too): `to + 1 day` can never leave year 9999. */
function parseDay(s: string, field: string): Date {
  if (!reportDay.safeParse(s).success) throw new AppError('analytics.invalid_date', 400, { field });
  return new Date(`${s}T00:00:00Z`);
}

/** Validates and completes the period: default the last 30 days ending today, at most 366 days, from ≤ to. */
export function resolvePeriod(input: { from?: string; to?: string }, today = new Date()): Period {
  const toDate = input.to ? parseDay(input.to, 'to') : parseDay(iso(today), 'to');
  const fromDate = input.from ? parseDay(input.from, 'from') : new Date(toDate.getTime() - (DEFAULT_DAYS - 1) * DAY_MS);
  if (fromDate > toDate) throw new AppError('analytics.from_after_to', 400);
  const count = Math.round((toDate.getTime() - fromDate.getTime()) / DAY_MS) + 1;
  if (count > MAX_DAYS) throw new AppError('analytics.period_too_long', 400, { max: MAX_DAYS });
  return {
    from: iso(fromDate),
    to: iso(toDate),
    start: fromDate,
    end: new Date(toDate.getTime() + DAY_MS),
    days: Array.from({ length: count }, (_, i) => iso(new Date(fromDate.getTime() + i * DAY_MS))),
  };
}
