import { describe, expect, it } from 'vitest';
import { enps, mean } from './enps';

describe('eNPS (promoters 9–10 minus detractors 0–6, in points)', () => {
  it('matches hand-computed fixtures', () => {
    // 5 promoters (10,10,9,9,9), 2 passives (8,7), 3 detractors (6,3,0) of 10: 50 % − 30 % = +20.
    expect(enps([10, 10, 9, 9, 9, 8, 7, 6, 3, 0])).toBe(20);
    // 0 promoters, 1 passive, 2 detractors of 3: −66.67 → −66.7.
    expect(enps([6, 6, 7])).toBe(-66.7);
    // 1 promoter, 6 passives: 1/7 = 14.29 → 14.3.
    expect(enps([9, 7, 7, 8, 8, 7, 8])).toBe(14.3);
    expect(enps([9, 9, 10])).toBe(100);
    expect(enps([0, 1, 2, 3, 4, 5, 6])).toBe(-100);
    expect(enps([])).toBeNull();
  });

  it('means of a 1–5 scale to two decimals', () => {
    expect(mean([1, 2, 2])).toBe(1.67);
    expect(mean([])).toBeNull();
  });
});
