import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Ctx, systemCtx } from '../../platform/ctx';
import { createOrg, createPerson } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { posts } from '../content/schema';
import { organisations } from '../organisations/schema';
import { people } from '../people/schema';
import { shareRollup, shares } from '../sharing/schema';
import { getOverview } from './get-overview';
import { resolvePeriod } from './period';
import { type Dimension, type ShareGroup, sharesByEvery } from './queries';
import { rolledShareGroups } from './rolled-shares';
import { shareWhere } from './scope';
import { addPost, addShare } from './test-data';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

/** Periods cut anywhere in a month: read as whole months, months minus days, or days. */
const periods = [
  ['2026-01-01', '2026-12-31'],
  ['2026-02-02', '2026-03-30'],
  ['2026-02-01', '2026-03-31'],
  ['2026-02-03', '2026-04-01'],
  ['2026-02-27', '2026-03-02'],
  ['2026-01-31', '2026-02-27'],
];

const sorted = (g: Record<Dimension, ShareGroup[]>) =>
  Object.fromEntries(Object.entries(g).map(([d, rows]) => [d, [...rows].sort((a, b) => a.key.localeCompare(b.key))]));

/** The rollup's groupings are the raw shares' groupings, for every period. */
async function expectSameAsRaw(ctx: Ctx, when: string) {
  for (const [from, to] of periods) {
    const p = resolvePeriod({ from, to });
    const raw = await sharesByEvery(ctx, shareWhere(ctx, {}, { kind: 'org' }, p.start, p.end));
    expect(sorted(await rolledShareGroups(ctx, p)), `${when}, ${from}..${to}`).toEqual(sorted(raw));
  }
}

const rollupRows = (orgId: string) =>
  tp.platform.db
    .select()
    .from(shareRollup)
    .where(and(eq(shareRollup.orgId, orgId), sql`(shares, confirmed, personalised, with_audience) <> (0, 0, 0, 0)`))
    .orderBy(shareRollup.grain, shareRollup.day, shareRollup.dim, shareRollup.key);

describe('the share rollup', { timeout: 60_000 }, () => {
  it('equals the raw shares through inserts, answers, moved days and deletes (cascades too), and a rebuild agrees', async () => {
    const org = await createOrg(tp);
    const a = await createPerson(tp, org.id, { department: 'Sales', site: 'Milano' });
    const b = await createPerson(tp, org.id, { department: 'Ops' });
    const c = await createPerson(tp, org.id, { site: 'Roma' });
    const launch = await addPost(tp, org.id, 'Launch', ['product']);
    const fair = await addPost(tp, org.id, 'Fair', ['events']);
    const ctx = systemCtx(tp.platform, org.id);
    await addShare(tp, a, launch.id, { network: 'linkedin', day: '2026-01-31', personalised: true, audience: 800 });
    await addShare(tp, a, fair.id, { network: 'x', day: '2026-02-01', personalised: false, confirmed: true });
    await addShare(tp, b, launch.id, { network: 'linkedin', day: '2026-02-02', personalised: true, audience: 120 });
    await addShare(tp, b, fair.id, { network: 'whatsapp', day: '2026-02-28', personalised: false });
    const moved = await addShare(tp, c, launch.id, { network: 'facebook', day: '2026-03-01', personalised: true, audience: 50 });
    await addShare(tp, c, fair.id, { network: 'linkedin', day: '2026-03-31', personalised: false, confirmed: true });
    await addShare(tp, a, launch.id, { network: 'whatsapp', day: '2026-04-01', personalised: true });
    await expectSameAsRaw(ctx, 'after the inserts');

    // The person answers "did you post it?": confirmed counts change, nothing else.
    await tp.platform.db
      .update(shares)
      .set({ status: 'confirmed', answeredAt: new Date() })
      .where(and(eq(shares.orgId, org.id), eq(shares.network, 'whatsapp')));
    await expectSameAsRaw(ctx, 'after the answers');
    // A share whose day changes leaves one month for another.
    await tp.platform.db
      .update(shares)
      .set({ createdAt: new Date('2026-02-27T23:30:00Z') })
      .where(eq(shares.linkId, moved.id));
    await expectSameAsRaw(ctx, 'after a moved share');

    const before = await rollupRows(org.id);
    await tp.platform.db.execute(sql`select share_rollup_rebuild(${org.id})`);
    expect(await rollupRows(org.id)).toEqual(before);

    // Deleting a post or a person deletes their shares by cascade: the rollup follows.
    await tp.platform.db.delete(posts).where(eq(posts.id, fair.id));
    await expectSameAsRaw(ctx, 'after a deleted post');
    await tp.platform.db.delete(people).where(eq(people.id, b.id));
    await expectSameAsRaw(ctx, 'after a deleted person');
    const year = await getOverview({ ctx, input: { from: '2026-01-01', to: '2026-12-31' } });
    expect(year.kpis).toMatchObject({ shares: 3, confirmedShares: 1, personalisationRate: 1 });
    expect(year.kpis.estimatedReach).toEqual({ value: 850, sharesWithAudience: 2 });
  });

  it('counts shares written at the same moment by many people, and goes with its organisation', async () => {
    const org = await createOrg(tp);
    const post = await addPost(tp, org.id, 'Launch', []);
    const sharers = await Promise.all(
      Array.from({ length: 12 }, () => createPerson(tp, org.id, { department: 'Sales', site: 'Milano' })),
    );
    await Promise.all(
      sharers.map((p, i) =>
        addShare(tp, p, post.id, { network: i % 2 ? 'linkedin' : 'x', day: '2026-05-15', personalised: i % 3 === 0 }),
      ),
    );
    const ctx = systemCtx(tp.platform, org.id);
    const groups = await rolledShareGroups(ctx, resolvePeriod({ from: '2026-05-01', to: '2026-05-31' }));
    expect(groups.department).toEqual([{ key: 'Sales', shares: 12, confirmed: 0, personalised: 4, reach: 0, withAudience: 0 }]);
    await expectSameAsRaw(ctx, 'after concurrent shares');

    await tp.platform.db.delete(organisations).where(eq(organisations.id, org.id));
    expect(await tp.platform.db.select().from(shareRollup).where(eq(shareRollup.orgId, org.id))).toEqual([]);
  });
});
