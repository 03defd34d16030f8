import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCtx } from '../../platform/ctx';
import { createOrg, createPerson } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { clickGroups } from './click-groups';
import { resolvePeriod } from './period';
import type { Dimension } from './queries';
import { addPost, addShare } from './test-data';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

/** Clicks on days around the month edges, so that periods read months whole, minus days, or as days. */
const clicksA = { '2026-01-31': 7, '2026-02-01': 3, '2026-02-02': 11, '2026-02-27': 5, '2026-03-01': 13, '2026-03-31': 2 };
const clicksB = { '2026-02-03': 17, '2026-02-28': 19, '2026-03-02': 23, '2026-03-30': 29, '2026-04-01': 31 };

describe('click groupings read at month grain where it is cheaper', () => {
  it('equal the sums of the daily clicks for periods cut anywhere in a month', async () => {
    const org = await createOrg(tp);
    const a = await createPerson(tp, org.id, { department: 'Sales', site: 'Milano' });
    const b = await createPerson(tp, org.id, { department: 'Ops', site: 'Roma' });
    const post = await addPost(tp, org.id, 'Launch', ['product']);
    await addShare(tp, a, post.id, { network: 'linkedin', day: '2026-01-30', personalised: true, clicks: clicksA });
    await addShare(tp, b, post.id, { network: 'x', day: '2026-02-02', personalised: false, clicks: clicksB });
    const ctx = systemCtx(tp.platform, org.id);
    const keyOf = { person: [a.id, b.id], department: ['Sales', 'Ops'], site: ['Milano', 'Roma'], network: ['linkedin', 'x'] };
    const inPeriod = (c: Record<string, number>, from: string, to: string) =>
      Object.entries(c).reduce((s, [day, n]) => s + (day >= from && day <= to ? n : 0), 0);
    for (const [from, to] of [
      ['2026-02-02', '2026-03-30'],
      ['2026-02-01', '2026-03-31'],
      ['2026-02-03', '2026-04-01'],
      ['2026-02-27', '2026-03-02'],
      ['2026-01-31', '2026-02-27'],
      ['2026-03-03', '2026-03-29'],
    ]) {
      const p = resolvePeriod({ from, to });
      const [ca, cb] = [inPeriod(clicksA, from, to), inPeriod(clicksB, from, to)];
      for (const dim of ['person', 'department', 'site', 'network'] as Dimension[]) {
        const groups = await clickGroups(ctx, {}, { kind: 'org' }, p, dim);
        const expected = [
          { key: keyOf[dim as keyof typeof keyOf][0], clicks: ca },
          { key: keyOf[dim as keyof typeof keyOf][1], clicks: cb },
        ].filter((g) => g.clicks > 0);
        expect(
          groups.sort((x, y) => x.clicks - y.clicks),
          `${dim} ${from}..${to}`,
        ).toEqual(expected.sort((x, y) => x.clicks - y.clicks));
      }
      const perPost = await clickGroups(ctx, {}, { kind: 'org' }, p, 'post');
      expect(perPost, `post ${from}..${to}`).toEqual(ca + cb > 0 ? [{ key: post.id, clicks: ca + cb }] : []);
      const perDay = await clickGroups(ctx, {}, { kind: 'org' }, p, 'day');
      expect(perDay.reduce((s, g) => s + g.clicks, 0)).toBe(ca + cb);
    }
  });
});
