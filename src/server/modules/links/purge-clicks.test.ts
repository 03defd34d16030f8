import crypto from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../platform/config';
import { systemCtx } from '../../platform/ctx';
import { adminOfNewOrg } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import type { Overview } from '../analytics/contract';
import { insertPost } from '../sharing/test-data';
import { clickTotals } from '.';
import { insertClicks } from './insert-clicks';
import { purgeOldClicks } from './purge-clicks';
import { clicks, links } from './schema';

const DAY = 86_400_000;
// Longer than the default so that no other test file's clicks (the demo seed goes back 90 days) are ever due here.
const RETENTION = 400;

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform({ clickRetentionDays: RETENTION });
});
afterAll(async () => tp.close());

/** A shared post whose link was clicked once on each of the given days ago (different visitors), via the real writer. */
async function clickedDaysAgo(daysAgo: number[]) {
  const { org, admin, api } = await adminOfNewOrg(tp);
  const { post } = await insertPost(tp, org.id);
  const res = await api.post('/api/shares', { postId: post.id, network: 'linkedin', text: 'Worth reading' });
  expect(res.status).toBe(200);
  const [link] = await tp.platform.db.select().from(links).where(eq(links.postId, post.id));
  const now = Date.now();
  const counted = await insertClicks(
    tp.platform.database,
    daysAgo.map((d) => ({
      id: crypto.randomUUID(),
      linkId: link.id,
      at: new Date(now - d * DAY).toISOString(),
      visitorHash: crypto.randomBytes(12).toString('base64url'),
      referrerHost: null,
      deviceClass: 'mobile' as const,
      country: null,
    })),
  );
  expect(counted).toBe(daysAgo.length);
  return { api, admin, link };
}

async function rawAges(linkId: string): Promise<number[]> {
  const rows = await tp.platform.db
    .select({ days: sql<number>`floor(extract(epoch from now() - ${clicks.at}) / 86400)::int` })
    .from(clicks)
    .where(eq(clicks.linkId, linkId));
  return rows.map((r) => r.days).sort((a, b) => a - b);
}

/** The dashboard's click total over a period that holds the old clicks (it reads the daily rollup). */
async function dashboardClicks(api: Awaited<ReturnType<typeof adminOfNewOrg>>['api'], fromDaysAgo: number, toDaysAgo: number) {
  const day = (d: number) => new Date(Date.now() - d * DAY).toISOString().slice(0, 10);
  const res = await api.get(`/api/analytics/overview?from=${day(fromDaysAgo)}&to=${day(toDaysAgo)}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as Overview).kpis.clicks;
}

describe('raw click retention', () => {
  it('keeps raw clicks 90 days unless configured otherwise', () => {
    expect(loadConfig({}).clickRetentionDays).toBe(90);
    expect(loadConfig({ CLICK_RETENTION_DAYS: '30' }).clickRetentionDays).toBe(30);
    expect(() => loadConfig({ CLICK_RETENTION_DAYS: '0' })).toThrow();
  });

  it('deletes raw clicks older than the period, keeps those inside it, and leaves the dashboard figures unchanged', async () => {
    const { api, admin, link } = await clickedDaysAgo([RETENTION + 30, RETENTION + 2, RETENTION - 2, 10, 0]);
    const before = await dashboardClicks(api, RETENTION + 40, RETENTION - 40);
    const totalsBefore = await clickTotals({ ctx: systemCtx(tp.platform, link.orgId), input: { personId: admin.id } });
    expect(before).toBe(3);

    const result = await purgeOldClicks(tp.platform);
    expect(result.more).toBe(false);
    expect(await rawAges(link.id)).toEqual([0, 10, RETENTION - 2]);
    expect(await dashboardClicks(api, RETENTION + 40, RETENTION - 40)).toBe(before);
    const totalsAfter = await clickTotals({ ctx: systemCtx(tp.platform, link.orgId), input: { personId: admin.id } });
    expect(totalsAfter).toEqual(totalsBefore);
    expect(totalsAfter[0].clicks).toBe(5);
  });

  it('works in capped batches: what is left over waits for the next run', async () => {
    const { link } = await clickedDaysAgo([RETENTION + 1, RETENTION + 2, RETENTION + 3, RETENTION + 4, RETENTION + 5, 1]);
    const first = await purgeOldClicks(tp.platform, { batchSize: 2, maxBatches: 2 });
    expect(first).toMatchObject({ purged: 4, batches: 2, more: true });
    expect(await rawAges(link.id)).toHaveLength(2);
    const second = await purgeOldClicks(tp.platform, { batchSize: 2, maxBatches: 2 });
    expect(second).toMatchObject({ purged: 1, more: false });
    expect(await rawAges(link.id)).toEqual([1]);
  });
});
