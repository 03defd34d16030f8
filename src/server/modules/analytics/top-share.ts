/** Fraction of the total held by the `n` largest values (e.g. share of clicks from the top 10 ambassadors). Null when the total is 0. */
export function topShare(values: readonly number[], n = 10): number | null {
  const total = values.reduce((s, v) => s + v, 0);
  if (total <= 0) return null;
  const top = [...values].sort((a, b) => b - a).slice(0, n);
  return top.reduce((s, v) => s + v, 0) / total;
}
