import { describe, expect, it } from 'vitest';
import { latestHireDate, tenureMonths } from './eligibility';

const day = (t: number) => new Date(t).toISOString().slice(0, 10);
const DAY = 86_400_000;

// The dashboard counts eligible people in the database with a hire-date cut-off; reviewers see tenureMonths. Both
// must agree on every day, month ends and leap years included.
describe('the tenure cut-off the database counts with', () => {
  it('admits exactly the hire dates with enough whole months, on every day of four years', () => {
    const mismatches: string[] = [];
    for (let t = Date.UTC(2027, 0, 1); t < Date.UTC(2029, 0, 1); t += 3 * DAY) {
      const today = day(t);
      for (const months of [1, 6, 12, 13]) {
        const cutoff = latestHireDate(months, today);
        for (let h = t - (months + 2) * 31 * DAY; h <= t; h += DAY) {
          const hire = day(h);
          const byMonths = (tenureMonths(hire, today) ?? 0) >= months;
          if (byMonths !== hire <= cutoff) mismatches.push(`${hire} on ${today}, ${months} months`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('takes the last day of a shorter month', () => {
    expect(latestHireDate(1, '2027-03-31')).toBe('2027-02-28');
    expect(latestHireDate(1, '2028-03-31')).toBe('2028-02-29');
    expect(latestHireDate(12, '2028-01-15')).toBe('2027-01-15');
  });
});
