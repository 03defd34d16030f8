import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import type { Overview } from './contract';
import { knownOrg, MARCH, overview } from './known-org';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

describe('analytics overview', () => {
  it('computes the KPIs of a known month exactly', async () => {
    const k = await knownOrg(tp);
    const o = await overview(await signIn(tp, k.admin.email), MARCH);
    expect(o.kpis).toMatchObject({
      activeAmbassadors: 3,
      eligible: 6,
      shares: 4,
      confirmedShares: 1,
      clicks: 100,
      clicksPerShare: 25,
      estimatedReach: { value: 3500, sharesWithAudience: 3 },
      personalisationRate: 0.5,
      personalisationThreshold: 0.3,
    });
    expect(o.kpis.activeRate).toBeCloseTo(1 / 2, 10);
    expect(o.kpis.emv).toMatchObject({ value: 85, clickValue: 50, impressionValue: 35, costPerClick: 0.5, cpm: 10 });
    expect(o.kpis.emv.formula).toBe(
      'EMV = clicks × CPC + reach ÷ 1,000 × CPM = 100 × €0.50 + 3,500 ÷ 1,000 × €10.00 = €50.00 + €35.00 = €85.00',
    );
    expect(o.series).toHaveLength(31);
    expect(o.series.find((d) => d.day === '2026-03-10')).toEqual({ day: '2026-03-10', shares: 1, clicks: 30 });
    expect(o.series.reduce((s, d) => s + d.clicks, 0)).toBe(100);
    expect(o.topics).toEqual(['careers', 'product']);
  });

  it('measures concentration over clicks per ambassador (45, 15, 40)', async () => {
    const k = await knownOrg(tp);
    const o = await overview(await signIn(tp, k.admin.email), MARCH);
    expect(o.concentration.ambassadors).toBe(3);
    expect(o.concentration.top10Share).toBe(1);
    expect(o.concentration.gini).toBeCloseTo(0.2, 10);
  });

  it('leaves people who opted out off the leaderboard but keeps them in the totals', async () => {
    const k = await knownOrg(tp);
    const o = await overview(await signIn(tp, k.admin.email), MARCH);
    expect(o.topAmbassadors.map((a) => [a.name, a.department, a.shares, a.clicks])).toEqual([
      ['Anna Rossi', 'Sales', 2, 45],
      ['Bruno Bianchi', 'Sales', 1, 15],
    ]);
    expect(o.topPosts.map((p) => [p.title, p.shares, p.clicks])).toEqual([
      ['Launch', 2, 55],
      ['Hiring', 2, 45],
    ]);
    expect(o.shareOfVoice.byDepartment).toEqual([
      { key: 'Sales', shares: 3, clicks: 60, pct: 0.75 },
      { key: 'Ops', shares: 1, clicks: 40, pct: 0.25 },
    ]);
    expect(o.shareOfVoice.bySite.map((s) => [s.key, s.shares, s.clicks])).toEqual([
      ['Roma', 2, 55],
      ['Milano', 2, 45],
    ]);
    expect(o.byNetwork.map((s) => [s.key, s.shares, s.clicks])).toEqual([
      ['linkedin', 3, 95],
      ['x', 1, 5],
    ]);
  });

  it('changes every figure with the department, site, topic and network filters', async () => {
    const k = await knownOrg(tp);
    const api = await signIn(tp, k.admin.email);
    const pick = (o: Overview) => [o.kpis.shares, o.kpis.clicks, o.kpis.eligible, o.kpis.activeAmbassadors];
    expect(pick(await overview(api, `${MARCH}&department=Sales`))).toEqual([3, 60, 3, 2]);
    expect(pick(await overview(api, `${MARCH}&site=Roma`))).toEqual([2, 55, 2, 2]);
    expect(pick(await overview(api, `${MARCH}&topic=careers`))).toEqual([2, 45, 6, 2]);
    expect(pick(await overview(api, `${MARCH}&network=x`))).toEqual([1, 5, 6, 1]);
  });

  it('counts as active who shared at least once in the chosen period', async () => {
    const k = await knownOrg(tp);
    const api = await signIn(tp, k.admin.email);
    const active = async (q: string) => (await overview(api, q)).kpis.activeAmbassadors;
    // C shared on 1 March, A on 10 and 12 March, B on 15 March.
    expect(await active(MARCH)).toBe(3);
    expect(await active('from=2026-03-02&to=2026-03-31')).toBe(2);
    expect(await active('from=2026-03-11&to=2026-03-14')).toBe(1);
    expect(await active('from=2026-03-01&to=2026-03-01')).toBe(1);
    // A period without shares has no active ambassador, whatever happened just before it.
    expect(await active('from=2026-04-01&to=2026-04-10')).toBe(0);
  });

  it('defaults to the last 30 days ending today, and says so when empty', async () => {
    const k = await knownOrg(tp);
    const o = await overview(await signIn(tp, k.admin.email), '');
    expect(o.period.to).toBe(new Date().toISOString().slice(0, 10));
    expect(o.series).toHaveLength(30);
    expect([o.kpis.shares, o.kpis.clicks, o.kpis.clicksPerShare, o.concentration.gini]).toEqual([0, 0, null, null]);
  });
});
