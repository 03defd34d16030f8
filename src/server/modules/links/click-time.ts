let second = Number.NaN;
let prefix = '';

/**
 * `new Date(ms).toISOString()`, cheaply: every recorded click needs its time as text, and under load many clicks share
 * a second, so the date and time up to the second are formatted once per second and only the milliseconds per click.
 */
export function isoTime(ms: number): string {
  const s = Math.floor(ms / 1000);
  if (s !== second) {
    second = s;
    prefix = new Date(s * 1000).toISOString().slice(0, -4); // up to and with the "." before the milliseconds
  }
  const milli = ms - s * 1000;
  return `${prefix}${milli < 10 ? '00' : milli < 100 ? '0' : ''}${milli}Z`;
}
