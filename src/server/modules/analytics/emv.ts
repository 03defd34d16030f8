/**
 * Earned media value, the two components kept apart so the figure can be checked:
 * EMV = clicks × CPC + reach / 1000 × CPM.
 */
export function emv(input: { clicks: number; reach: number; costPerClick: number; cpm: number }) {
  const clickValue = round2(input.clicks * input.costPerClick);
  const impressionValue = round2((input.reach / 1000) * input.cpm);
  return { value: round2(clickValue + impressionValue), clickValue, impressionValue };
}

/** Money to the cent, without binary noise (0.1 + 0.2). */
export function round2(n: number): number {
  return Math.round((n + Number.EPSILON) * 100) / 100;
}
