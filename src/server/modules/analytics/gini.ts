/**
 * Gini coefficient of non-negative values: 0 when everyone contributes equally, (n-1)/n when one value holds
 * everything. Zeros count (an ambassador whose links got no clicks is part of the picture). Null when the total is 0.
 * Formula on ascending values x₁..xₙ: G = 2·Σ i·xᵢ / (n·Σ xᵢ) − (n + 1) / n.
 */
export function gini(values: readonly number[]): number | null {
  const n = values.length;
  const total = values.reduce((s, v) => s + v, 0);
  if (n === 0 || total <= 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const weighted = sorted.reduce((s, v, i) => s + (i + 1) * v, 0);
  return (2 * weighted) / (n * total) - (n + 1) / n;
}
