import type { IncomingMessage } from 'node:http';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { requestVisitorHash } from '../links';
import type { JobT } from './contract';
import { shareWithClicks } from './journey-test-data';
import { applications, points, referrals, referrerVisitors } from './schema';
import { remindReferrals } from './sweeps';
import { apply, lastMail, ok, openJob, pathOf, recruitingOrg } from './test-data';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(() => tp.close());

const browser = (ip: string) => ({ socket: { remoteAddress: ip }, headers: {} }) as unknown as IncomingMessage;

describe('referral gaps', { timeout: 90_000 }, () => {
  it("an application from the referrer's own browser through their own link earns nothing", async () => {
    const o = await recruitingOrg(tp);
    const job = await ok<JobT>(o.hr.post(`/api/recruiting/jobs/${(await openJob(o.hr)).id}/promote`));
    const link = await shareWithClicks(tp, o.org.id, job.postId as string, o.anna.id, 'linkedin', 0);
    // Anna opened her jobs from 10.9.9.9 today: that browser's hash is remembered (as the open-jobs route does).
    const hash = await requestVisitorHash(tp.platform, browser('10.9.9.9'));
    expect(hash).toBeTruthy();
    await tp.platform.db
      .insert(referrerVisitors)
      .values({ orgId: o.org.id, personId: o.anna.id, day: new Date().toISOString().slice(0, 10), visitorHash: hash as string });
    expect((await apply(tp, job, { ref: link.code, email: 'fake.friend@example.test', ip: '10.9.9.9' })).status).toBe(200);
    expect((await apply(tp, job, { ref: link.code, email: 'real.friend@example.test', ip: '10.8.8.8' })).status).toBe(200);
    const apps = await tp.platform.db.select().from(applications).where(eq(applications.jobId, job.id));
    const self = Object.fromEntries(apps.map((a) => [a.email, a.selfReferral]));
    expect(self).toEqual({ 'fake.friend@example.test': true, 'real.friend@example.test': false });
    const paid = await tp.platform.db.select().from(points).where(eq(points.personId, o.anna.id));
    expect(paid.map((p) => p.subjectId)).toEqual([apps.find((a) => !a.selfReferral)?.id]);
  });

  it("the reminder's link replaces the first one: the first stops working, the new one works once", async () => {
    const o = await recruitingOrg(tp);
    const job = await openJob(o.hr);
    await ok(
      o.as.post('/api/recruiting/referrals', { jobId: job.id, name: 'Sara', email: 'sara.gaps@example.test', why: 'brava' }),
    );
    const first = (await lastMail(tp, 'sara.gaps@example.test', 'recruiting_referral'))?.url as string;
    expect((await tp.app.request(pathOf(first))).status).toBe(200);
    await tp.platform.db
      .update(referrals)
      .set({ createdAt: new Date(Date.now() - 2 * 86_400_000) })
      .where(and(eq(referrals.orgId, o.org.id), eq(referrals.email, 'sara.gaps@example.test')));
    expect(await remindReferrals(tp.platform)).toBeGreaterThanOrEqual(1);
    const fresh = (await lastMail(tp, 'sara.gaps@example.test', 'recruiting_referral_reminder'))?.url as string;
    expect(fresh).not.toBe(first);
    const post = (url: string) =>
      tp.app.request(pathOf(url), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'decision=accept',
      });
    expect((await tp.app.request(pathOf(first))).status).toBe(404);
    expect((await post(first)).status).toBe(404);
    const [still] = await tp.platform.db.select().from(referrals).where(eq(referrals.email, 'sara.gaps@example.test'));
    expect(still.status).toBe('pending');
    expect((await post(fresh)).status).toBe(200);
    expect((await post(fresh)).status).toBe(410);
    const [done] = await tp.platform.db.select().from(referrals).where(eq(referrals.email, 'sara.gaps@example.test'));
    expect(done.status).toBe('consented');
  });
});
