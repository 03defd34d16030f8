import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createOrg, createPerson } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { addPost, addShare } from '../analytics/test-data';
import { addRolledClicks, bulkOf, rebuildClickRollup } from './click-rollup';
import { clickRollup } from './schema';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

const rowsOf = (orgId: string) =>
  tp.platform.db
    .select()
    .from(clickRollup)
    .where(eq(clickRollup.orgId, orgId))
    .orderBy(
      asc(clickRollup.shape),
      asc(clickRollup.grain),
      asc(clickRollup.day),
      asc(clickRollup.personId),
      asc(clickRollup.postId),
      asc(clickRollup.network),
      asc(clickRollup.department),
      asc(clickRollup.site),
    );

it('the rebuild from the daily rows writes what the clicks wrote, in every shape', async () => {
  const org = await createOrg(tp);
  const a = await createPerson(tp, org.id, { department: 'Sales', site: 'Milano' });
  const b = await createPerson(tp, org.id, { site: 'Roma' });
  const post = await addPost(tp, org.id, 'Launch', []);
  const la = await addShare(tp, a, post.id, { network: 'linkedin', day: '2026-03-30', personalised: true });
  const lb = await addShare(tp, b, post.id, { network: 'x', day: '2026-03-31', personalised: false });
  await addRolledClicks(tp.platform.db, [
    { linkId: la.id, day: '2026-03-31', clicks: 4 },
    { linkId: la.id, day: '2026-04-01', clicks: 2 },
    { linkId: lb.id, day: '2026-03-31', clicks: 5 },
  ]);
  await addRolledClicks(tp.platform.db, [{ linkId: lb.id, day: '2026-03-31', clicks: 1 }]);
  const written = await rowsOf(org.id);
  // Per person alone and in total, at day and month grain.
  const total = written.filter((r) => r.shape === 't').map((r) => [r.grain, r.day, r.clicks]);
  expect(total).toEqual([
    ['d', '2026-03-31', 10],
    ['d', '2026-04-01', 2],
    ['m', '2026-03-01', 10],
    ['m', '2026-04-01', 2],
  ]);
  expect(
    written
      .filter((r) => r.shape === 'q' && r.grain === 'm' && r.day === '2026-03-01')
      .map((r) => r.clicks)
      .sort(),
  ).toEqual([4, 6]);
  await rebuildClickRollup(bulkOf(tp.platform.db), org.id);
  expect(await rowsOf(org.id)).toEqual(written);
});
