import { type SQL, sql } from 'drizzle-orm';

/**
 * Which rollup rows add up to a period's counted clicks: day ranges ('d' rows) and months ('m' rows, `day` = the 1st),
 * each added or subtracted. A month's row is the sum of its days' rows (the rollup writes both in one statement), so a
 * month mostly inside the period is read as the month minus the few days outside it: a 30-day view (say 4 November to
 * 3 December) reads one month and six days of rows instead of thirty days.
 */
export type RollupPart = { grain: 'd' | 'm'; from: string; to: string; sign: 1 | -1 };

const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (day: string, n: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return iso(d);
};
const monthStart = (day: string) => `${day.slice(0, 7)}-01`;
const monthEnd = (day: string) => {
  const d = new Date(`${monthStart(day)}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1, 0);
  return iso(d);
};
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;

/**
 * The parts for the UTC days [from, to] (inclusive ISO days): whole months at month grain; a partial month either as
 * its days inside the period or as the month minus its days outside, whichever reads fewer rows (a month's rows are
 * about as many as one busy day's, hence the `+ 1`).
 */
export function rollupPlan(from: string, to: string): RollupPart[] {
  const parts: RollupPart[] = [];
  for (let start = monthStart(from); start <= to; start = addDays(monthEnd(start), 1)) {
    const end = monthEnd(start);
    const a = from > start ? from : start;
    const b = to < end ? to : end;
    const inside = daysBetween(a, b);
    const outside = daysBetween(start, end) - inside;
    if (outside === 0) parts.push({ grain: 'm', from: start, to: start, sign: 1 });
    else if (outside + 1 < inside) {
      parts.push({ grain: 'm', from: start, to: start, sign: 1 });
      if (a > start) parts.push({ grain: 'd', from: start, to: addDays(a, -1), sign: -1 });
      if (b < end) parts.push({ grain: 'd', from: addDays(b, 1), to: end, sign: -1 });
    } else parts.push({ grain: 'd', from: a, to: b, sign: 1 });
  }
  return parts;
}

/** The rows of one part, on a rollup table with `grain` and `day` columns. */
const partRows = (r: RollupPart) =>
  r.grain === 'm' ? sql`(grain = 'm' and day = ${r.from})` : sql`(grain = 'd' and day between ${r.from} and ${r.to})`;

/** The rollup rows the parts read (a WHERE condition), and the sign each row is counted with (-1 for subtracted days). */
export function planSql(parts: RollupPart[]): { rows: SQL; sign: SQL } {
  const minus = parts.filter((r) => r.sign < 0);
  return {
    rows: sql`(${sql.join(parts.map(partRows), sql` or `)})`,
    sign: minus.length ? sql`case when ${sql.join(minus.map(partRows), sql` or `)} then -1 else 1 end` : sql`1`,
  };
}
