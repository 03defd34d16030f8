import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOfNewOrg } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import type { Overview } from '../analytics/contract';
import { insertPost } from '../sharing/test-data';
import { rollClosedHours } from '.';
import { ClickRecorder } from './click-recorder';
import { insertClicks } from './insert-clicks';
import { clickDaily, clicks, links } from './schema';
import type { ClickRecord } from './spool';
import { countedClicks } from './test-counts';

const HOUR = 3_600_000;
let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

/** A shared post (through the API) and its tracked link; `api` is its admin's session. */
async function sharedLink() {
  const { org, api } = await adminOfNewOrg(tp);
  const { post } = await insertPost(tp, org.id);
  expect((await api.post('/api/shares', { postId: post.id, network: 'linkedin', text: 'Worth reading' })).status).toBe(200);
  const [link] = await tp.platform.db.select().from(links).where(eq(links.postId, post.id));
  return { api, link };
}

const click = (linkId: string, at: Date, visitorHash = crypto.randomBytes(12).toString('base64url')): ClickRecord => ({
  id: crypto.randomUUID(),
  linkId,
  at: at.toISOString(),
  visitorHash,
  referrerHost: null,
  deviceClass: 'mobile',
  country: null,
});

const raw = async (linkId: string) =>
  (await tp.platform.db.select({ n: sql<number>`count(*)::int` }).from(clicks).where(eq(clicks.linkId, linkId)))[0].n;
const rolled = async (linkId: string) =>
  (
    await tp.platform.db
      .select({ n: sql<number>`coalesce(sum(${clickDaily.clicks}), 0)::int` })
      .from(clickDaily)
      .where(eq(clickDaily.linkId, linkId))
  )[0].n;

async function dashboardClicks(api: Awaited<ReturnType<typeof sharedLink>>['api']) {
  const res = await api.get('/api/analytics/overview');
  expect(res.status).toBe(200);
  return ((await res.json()) as Overview).kpis.clicks;
}

/** A recorder on its own spool folder, as another process would have. */
const process2 = () =>
  new ClickRecorder({
    database: tp.platform.database,
    logger: tp.platform.logger,
    dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'voce-proc-')),
    exclusive: false,
  });

const recordVia = (r: ClickRecorder, c: ClickRecord) => new Promise<void>((answered) => r.record(c, answered));

describe('the click rollup', () => {
  it('shows the current hour on the dashboard before it is rolled up, and counts it once when it is', async () => {
    const { api, link } = await sharedLink();
    await insertClicks(tp.platform.database, [click(link.id, new Date()), click(link.id, new Date())]);
    expect(await dashboardClicks(api)).toBe(2);
    await rollClosedHours(tp.platform.database, new Date(Date.now() + 2 * HOUR));
    expect(await rolled(link.id)).toBe(2);
    expect(await dashboardClicks(api)).toBe(2);
  });

  it('counts one visitor seen by two processes in the same hour once, live and rolled up', async () => {
    const { api, link } = await sharedLink();
    const [a, b] = [process2(), process2()];
    const now = new Date();
    const visitor = 'same-visitor-hash';
    await Promise.all([recordVia(a, click(link.id, now, visitor)), recordVia(b, click(link.id, now, visitor))]);
    await recordVia(a, click(link.id, now, visitor)); // a repeat within the hour: answered, not even spooled
    await Promise.all([a.flush(), b.flush()]);
    expect(await raw(link.id)).toBe(2);
    expect(await countedClicks(tp.platform.db, link.id)).toBe(1);
    expect(await dashboardClicks(api)).toBe(1);
    await rollClosedHours(tp.platform.database, new Date(Date.now() + 2 * HOUR));
    expect(await countedClicks(tp.platform.db, link.id)).toBe(1);
  });

  it('rolls each hour once: two runs at the same time and a third later change nothing', async () => {
    const { link } = await sharedLink();
    await insertClicks(tp.platform.database, [
      click(link.id, new Date()),
      click(link.id, new Date()),
      click(link.id, new Date()),
    ]);
    const later = new Date(Date.now() + 3 * HOUR);
    await Promise.all([rollClosedHours(tp.platform.database, later), rollClosedHours(tp.platform.database, later)]);
    await rollClosedHours(tp.platform.database, later);
    expect(await rolled(link.id)).toBe(3);
    expect(await countedClicks(tp.platform.db, link.id)).toBe(3);
  });

  it('catches up after a day of downtime, step by step, and then finds nothing left to do', async () => {
    const { link } = await sharedLink();
    await insertClicks(tp.platform.database, [click(link.id, new Date())]);
    const dayLater = new Date(Date.now() + 30 * HOUR);
    const r = await rollClosedHours(tp.platform.database, dayLater);
    expect(r.rolledThrough.getTime()).toBeGreaterThan(Date.now() + 28 * HOUR);
    expect((await rollClosedHours(tp.platform.database, dayLater)).hours).toBe(0);
    expect(await countedClicks(tp.platform.db, link.id)).toBe(1);
  });

  it('counts late clicks (hours already rolled up) once, even when two writers bring the same visitor at once', async () => {
    const { link } = await sharedLink();
    const hoursAgo = new Date(Date.now() - 5 * HOUR);
    await insertClicks(tp.platform.database, [click(link.id, hoursAgo, 'early')]);
    await Promise.all([
      insertClicks(tp.platform.database, [click(link.id, hoursAgo, 'late'), click(link.id, hoursAgo, 'early')]),
      insertClicks(tp.platform.database, [click(link.id, hoursAgo, 'late')]),
    ]);
    expect(await raw(link.id)).toBe(4);
    expect(await rolled(link.id)).toBe(2);
    expect(await countedClicks(tp.platform.db, link.id)).toBe(2);
  });

  it('writes a batch once: a spool file replayed after its commit is skipped', async () => {
    const { link } = await sharedLink();
    const batch = [click(link.id, new Date()), click(link.id, new Date())];
    expect(await insertClicks(tp.platform.database, batch, 'clicks-1-test-00000001.ndjson')).toBe(2);
    expect(await insertClicks(tp.platform.database, batch, 'clicks-1-test-00000001.ndjson')).toBe(0);
    expect(await raw(link.id)).toBe(2);
  });
});
