import { z } from '@hono/zod-openapi';

/**
 * The shared primitives every contract builds on, so no route can forget them. PostgreSQL cannot store NUL in text,
 * and a lone UTF-16 surrogate cannot be encoded as UTF-8: both are refused at the door with a 400, never a 500.
 * Dates are real calendar days of years 1–9999 (PostgreSQL, JavaScript and ISO 8601 all agree on that range).
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly what we look for.
const NUL = /\u0000/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when the text can be stored as PostgreSQL text: no NUL and well-formed UTF-16. */
export function isStorableText(s: string): boolean {
  return !NUL.test(s) && !LONE_SURROGATE.test(s);
}

const storable = { message: 'invalid_text' } as const;

/** Any string that will reach the database, untouched (passwords, tokens, file contents). */
export const safeString = () => z.string().refine(isStorableText, storable);

/** Free text from a person, trimmed: `text(200)`, `text(200, 1)` when required. */
export const text = (max: number, min = 0) => z.string().trim().min(min).max(max).refine(isStorableText, storable);

/** A text that may be sent empty or null to clear it. */
export const optionalText = (max: number) => text(max).nullable().optional();

/** An e-mail address, trimmed (case is kept; comparisons are case-insensitive). */
export const email = () => z.string().trim().max(320).email().refine(isStorableText, storable);

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** YYYY-MM-DD that exists on the calendar (no 2026-02-30) within years 0001–9999. */
export function isRealDay(s: string): boolean {
  const m = DAY.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  const probe = new Date(Date.UTC(2000, mo - 1, d));
  probe.setUTCFullYear(y);
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

/** A calendar day, YYYY-MM-DD. */
export const isoDay = () =>
  z
    .string()
    .regex(DAY, { message: 'YYYY-MM-DD', abort: true })
    .refine(isRealDay, { message: 'invalid_date' })
    .openapi({ example: '2026-03-01' });

/** A calendar day within [min, max] (YYYY-MM-DD strings compare in calendar order), e.g. for report periods. */
export const isoDayBetween = (min: string, max: string) =>
  isoDay().refine((s) => s >= min && s <= max, { message: 'date_out_of_range' });

/** An instant with its offset (2026-03-01T09:00:00+01:00 or …Z) whose year is 0001–9999. */
export const isoDateTime = () =>
  z
    .string()
    .datetime({ offset: true })
    .refine((s) => isRealDay(s.slice(0, 10)), { message: 'invalid_date' })
    .openapi({ example: '2026-03-01T09:00:00+01:00' });

/** Report periods and other user-chosen ranges stay within these years: anything else is a typo or a probe. */
export const REPORT_MIN_DAY = '2000-01-01';
export const REPORT_MAX_DAY = '2100-12-31';

/** An IANA time zone the runtime knows ("Europe/Rome"): Intl is the judge, so it matches what formatting accepts. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

/** A time zone name, stored in its canonical spelling ("europe/rome" → "Europe/Rome"). */
export const timeZoneName = () =>
  text(64, 1)
    .refine(isTimeZone, { message: 'invalid_time_zone' })
    .transform((z) => new Intl.DateTimeFormat('en-GB', { timeZone: z }).resolvedOptions().timeZone);
