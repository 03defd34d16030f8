import { describe, expect, it } from 'vitest';
import { emv } from './emv';
import { gini } from './gini';
import { rollupPlan } from './rollup-plan';
import { topShare } from './top-share';

describe('gini', () => {
  it('is 0 when everyone has the same clicks', () => expect(gini([1, 1, 1, 1])).toBe(0));
  it('is (n-1)/n when one ambassador has everything, zeros included', () => expect(gini([0, 0, 0, 10])).toBeCloseTo(0.75, 10));
  it('matches a textbook example whatever the order', () => expect(gini([5, 1, 3, 2, 4])).toBeCloseTo(4 / 15, 10));
  it('is null without any click', () => {
    expect(gini([])).toBeNull();
    expect(gini([0, 0])).toBeNull();
  });
});

describe('topShare', () => {
  it('takes the n largest values', () => expect(topShare([1, 9, 5, 5], 2)).toBeCloseTo(14 / 20, 10));
  it('is 1 with fewer people than n', () => expect(topShare([3, 2], 10)).toBe(1));
  it('is null without any click', () => expect(topShare([0], 10)).toBeNull());
});

describe('emv', () => {
  it('adds the click value and the impression value, to the cent', () => {
    expect(emv({ clicks: 120, reach: 5000, costPerClick: 0.8, cpm: 12 })).toEqual({
      value: 156,
      clickValue: 96,
      impressionValue: 60,
    });
    expect(emv({ clicks: 3, reach: 1500, costPerClick: 0.1, cpm: 0.2 })).toEqual({
      value: 0.6,
      clickValue: 0.3,
      impressionValue: 0.3,
    });
  });
});

describe('rollupPlan', () => {
  it('reads whole months at month grain', () =>
    expect(rollupPlan('2026-01-01', '2026-02-28')).toEqual([
      { grain: 'm', from: '2026-01-01', to: '2026-01-01', sign: 1 },
      { grain: 'm', from: '2026-02-01', to: '2026-02-01', sign: 1 },
    ]));
  it('reads a month mostly inside as the month minus the days outside, a month mostly outside as its days', () =>
    expect(rollupPlan('2026-11-04', '2026-12-03')).toEqual([
      { grain: 'm', from: '2026-11-01', to: '2026-11-01', sign: 1 },
      { grain: 'd', from: '2026-11-01', to: '2026-11-03', sign: -1 },
      { grain: 'd', from: '2026-12-01', to: '2026-12-03', sign: 1 },
    ]));
  it('subtracts the days on both sides of a period inside one month', () =>
    expect(rollupPlan('2026-03-02', '2026-03-30')).toEqual([
      { grain: 'm', from: '2026-03-01', to: '2026-03-01', sign: 1 },
      { grain: 'd', from: '2026-03-01', to: '2026-03-01', sign: -1 },
      { grain: 'd', from: '2026-03-31', to: '2026-03-31', sign: -1 },
    ]));
  it('reads a short period as its days', () =>
    expect(rollupPlan('2026-03-11', '2026-03-14')).toEqual([{ grain: 'd', from: '2026-03-11', to: '2026-03-14', sign: 1 }]));
});
