/**
 * Employee Net Promoter Score: the share of promoters (9–10) minus the share of detractors (0–6), in points from
 * −100 to 100, one decimal. Null without answers.
 */
export function enps(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let promoters = 0;
  let detractors = 0;
  for (const v of values) {
    if (v >= 9) promoters++;
    else if (v <= 6) detractors++;
  }
  return Math.round(((promoters - detractors) / values.length) * 1000) / 10;
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100;
}
