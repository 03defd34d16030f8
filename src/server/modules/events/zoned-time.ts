/** Local date-times ("2027-03-28T10:00") in an IANA zone ↔ instants, with Intl only (correct across DST changes). */

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export { isTimeZone } from '../../platform/validation';

/** The wall-clock time of an instant in a zone, as "YYYY-MM-DDTHH:mm". */
export function toLocal(at: Date, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

const asUtc = (local: string) => {
  const m = LOCAL.exec(local);
  if (!m) return Number.NaN;
  return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]);
};

/**
 * The instant at which the zone's clocks show `local`; null when they never do (the hour skipped in spring). In the
 * autumn hour that happens twice, the first (summer time) is taken.
 */
export function toInstant(local: string, zone: string): Date | null {
  const wall = asUtc(local);
  if (Number.isNaN(wall)) return null;
  // Try the offsets in force a day either side: one of them is the offset at the wanted instant.
  const offsets = [wall - 86_400_000, wall + 86_400_000].map((t) => asUtc(toLocal(new Date(t), zone)) - t);
  const candidates = [...new Set(offsets)].map((o) => wall - o).sort((a, b) => a - b);
  for (const c of candidates) if (toLocal(new Date(c), zone) === local) return new Date(c);
  return null;
}
