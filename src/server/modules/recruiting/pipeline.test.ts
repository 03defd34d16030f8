import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { mailMessages } from '../mail/schema';
import type { ApplicationListT, FunnelT } from './contract';
import { points, referrals, rewards } from './schema';
import { purgeUnansweredReferrals, remindReferrals } from './sweeps';
import { apply, errorCode, lastMail, ok, openJob, pathOf, recruitingOrg } from './test-data';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(() => tp.close());

type Mine = { referrals: { status: string; stage: string | null; points: number }[]; points: number };
type Hr = { referrals: { name: string | null; email: string | null; why: string | null; status: string }[] };

describe('referrals', { timeout: 90_000 }, () => {
  it('count only after consent: HR see the details then, the referrer sees the stage and earns the rung', async () => {
    const { hr, as, anna, job } = await (async () => {
      const o = await recruitingOrg(tp);
      return { ...o, job: await openJob(o.hr) };
    })();
    await ok(
      as.post('/api/recruiting/referrals', {
        jobId: job.id,
        name: 'Luca Gialli',
        email: 'luca@example.test',
        why: 'Ottimo in logistica',
      }),
    );
    expect(
      await errorCode(
        await as.post('/api/recruiting/referrals', { jobId: job.id, name: 'L', email: 'LUCA@example.test', why: 'x' }),
      ),
    ).toBe('recruiting.already_referred');
    let hrView = await ok<Hr>(hr.get('/api/recruiting/referrals'));
    expect(hrView.referrals[0]).toMatchObject({ status: 'pending', name: null, email: null, why: null });
    expect((await ok<ApplicationListT>(hr.get('/api/recruiting/applications'))).applications).toEqual([]);

    const mail = await lastMail(tp, 'luca@example.test', 'recruiting_referral');
    expect(mail?.text).toContain(anna.name);
    const page = await tp.app.request(pathOf(mail?.url as string));
    expect(await page.text()).toContain('Sì, mi interessa');
    const answer = (decision: string) =>
      tp.app.request(pathOf(mail?.url as string), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `decision=${decision}`,
      });
    const [a, b] = await Promise.all([answer('accept'), answer('accept')]);
    expect([a.status, b.status].sort()).toEqual([200, 410]);

    hrView = await ok<Hr>(hr.get('/api/recruiting/referrals'));
    expect(hrView.referrals[0]).toMatchObject({ status: 'consented', name: 'Luca Gialli', email: 'luca@example.test' });
    const apps = await ok<ApplicationListT>(hr.get('/api/recruiting/applications'));
    expect(apps.applications).toEqual([expect.objectContaining({ source: 'referral', referrerName: anna.name })]);
    expect(await lastMail(tp, 'luca@example.test', 'recruiting_status_link')).not.toBeNull();
    const mine = await ok<Mine>(as.get('/api/recruiting/referrals/mine'));
    expect(mine).toMatchObject({ points: 25, referrals: [{ status: 'consented', stage: 'applied', points: 25 }] });
    expect(JSON.stringify(mine)).not.toContain('luca@example.test');
  });

  it('a self-referral (own address in another form) earns nothing; reminders go once after a day; unanswered ones go after 30 days', async () => {
    const o = await recruitingOrg(tp);
    const job = await openJob(o.hr);
    const own = o.anna.email.replace('@gmail.com', '@googlemail.com').replace('anna.rossi', 'annarossi');
    await ok(o.as.post('/api/recruiting/referrals', { jobId: job.id, name: 'Me', email: own, why: 'me' }));
    const url = (await lastMail(tp, own, 'recruiting_referral'))?.url as string;
    await tp.app.request(pathOf(url), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'decision=accept',
    });
    expect(await tp.platform.db.select().from(points).where(eq(points.personId, o.anna.id))).toEqual([]);

    await ok(o.as.post('/api/recruiting/referrals', { jobId: job.id, name: 'Sara', email: 'sara@example.test', why: 'brava' }));
    await tp.platform.db
      .update(referrals)
      .set({ createdAt: new Date(Date.now() - 2 * 86_400_000) })
      .where(and(eq(referrals.orgId, o.org.id), eq(referrals.email, 'sara@example.test')));
    await Promise.all([remindReferrals(tp.platform), remindReferrals(tp.platform)]);
    const reminders = await tp.platform.db
      .select()
      .from(mailMessages)
      .where(
        and(
          eq(mailMessages.orgId, o.org.id),
          eq(mailMessages.to, 'sara@example.test'),
          eq(mailMessages.template, 'recruiting_referral_reminder'),
        ),
      );
    expect(reminders).toHaveLength(1);
    const fresh = (await lastMail(tp, 'sara@example.test', 'recruiting_referral_reminder'))?.url as string;
    expect((await tp.app.request(pathOf(fresh))).status).toBe(200);

    await tp.platform.db
      .update(referrals)
      .set({ createdAt: new Date(Date.now() - 31 * 86_400_000) })
      .where(and(eq(referrals.orgId, o.org.id), eq(referrals.email, 'sara@example.test')));
    await purgeUnansweredReferrals(tp.platform);
    const left = await tp.platform.db.select().from(referrals).where(eq(referrals.orgId, o.org.id));
    expect(left.map((r) => r.email)).toEqual([own]);
  });
});

describe('pipeline', { timeout: 90_000 }, () => {
  it('blind reviews, shortlist, stages with points and staged rewards, one outcome message, the funnel', async () => {
    const o = await recruitingOrg(tp);
    const job = await openJob(o.hr);
    await ok(o.as.post('/api/recruiting/referrals', { jobId: job.id, name: 'Piero', email: 'piero@example.test', why: 'bravo' }));
    const url = (await lastMail(tp, 'piero@example.test', 'recruiting_referral'))?.url as string;
    await tp.app.request(pathOf(url), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'decision=accept',
    });
    expect((await apply(tp, job, { email: 'other@example.test', name: 'Other' })).status).toBe(200);
    const list = await ok<ApplicationListT>(o.hr.get('/api/recruiting/applications'));
    const piero = list.applications.find((a) => a.name === 'Piero');
    const id = piero?.id as string;

    const scores = { skills: 4, experience: 3, motivation: 5, communication: 4 };
    await ok(o.hr.post(`/api/recruiting/applications/${id}/reviews`, { scores, note: 'ok' }));
    expect(await errorCode(await o.hr.post(`/api/recruiting/applications/${id}/reviews`, { scores, note: 'again' }))).toBe(
      'recruiting.already_reviewed',
    );
    const before = await ok<{ hidden: boolean; reviews: unknown[] }>(o.asBruno.get(`/api/recruiting/applications/${id}/reviews`));
    expect(before).toEqual({ hidden: true, reviews: [] });
    const brunoList = await ok<ApplicationListT>(o.asBruno.get('/api/recruiting/applications'));
    expect(brunoList.applications.find((a) => a.id === id)).toMatchObject({ score: null, reviews: 1, myReviewDone: false });
    await ok(
      o.asBruno.post(`/api/recruiting/applications/${id}/reviews`, {
        scores: { skills: 2, experience: 3, motivation: 3, communication: 2 },
        note: '',
      }),
    );
    const after = await ok<{ hidden: boolean; reviews: unknown[] }>(o.asBruno.get(`/api/recruiting/applications/${id}/reviews`));
    expect(after.reviews).toHaveLength(2);
    await ok(o.hr.post(`/api/recruiting/applications/${id}/shortlist`, { shortlisted: true }));
    const scored = await ok<ApplicationListT>(o.hr.get('/api/recruiting/applications'));
    expect(scored.applications.find((a) => a.id === id)).toMatchObject({ shortlisted: true, score: 3.25, reviews: 2 });

    for (const stage of ['screening', 'interview', 'offer', 'hired'])
      await ok(o.hr.post(`/api/recruiting/applications/${id}/stage`, { stage }));
    await ok(o.hr.post(`/api/recruiting/applications/${id}/stage`, { stage: 'hired' }));
    const earned = await tp.platform.db.select().from(points).where(eq(points.personId, o.anna.id));
    expect(earned.map((p) => `${p.kind}:${p.points}`).sort()).toEqual(['hire:100', 'interview:75', 'referral:25']);
    const staged = await tp.platform.db.select().from(rewards).where(eq(rewards.personId, o.anna.id));
    expect(staged.map((r) => r.step).sort()).toEqual(['hire', 'trial']);
    const rw = await ok<{ rewards: { id: string; status: string }[] }>(o.hr.get('/api/recruiting/rewards'));
    const [x, y] = await Promise.all([
      o.hr.post(`/api/recruiting/rewards/${rw.rewards[0].id}/approve`),
      o.hr.post(`/api/recruiting/rewards/${rw.rewards[0].id}/approve`),
    ]);
    expect([x.status, y.status].sort()).toEqual([200, 409]);

    const [m1, m2] = await Promise.all([
      o.hr.post(`/api/recruiting/applications/${id}/outcome`, { outcome: 'hired' }),
      o.hr.post(`/api/recruiting/applications/${id}/outcome`, { outcome: 'hired' }),
    ]);
    expect([m1.status, m2.status].sort()).toEqual([200, 409]);
    const outcome = await lastMail(tp, 'piero@example.test', 'recruiting_outcome_hired');
    expect(outcome?.subject).toContain(job.titleIt);
    const otherId = list.applications.find((a) => a.name === 'Other')?.id;
    await ok(o.hr.post(`/api/recruiting/applications/${otherId}/stage`, { stage: 'rejected' }));
    await ok(o.hr.post(`/api/recruiting/applications/${otherId}/outcome`, { outcome: 'rejected' }));
    expect(await lastMail(tp, 'other@example.test', 'recruiting_outcome_rejected')).not.toBeNull();

    const f = await ok<FunnelT>(o.hr.get(`/api/recruiting/funnel?jobId=${job.id}`));
    expect(f.bySource.find((s) => s.source === 'referral')).toMatchObject({ total: 1, reached: { interview: 1, hired: 1 } });
    expect(f.bySource.find((s) => s.source === 'careers')).toMatchObject({ total: 1, reached: { rejected: 1, interview: 0 } });
    expect(f.referrers).toEqual([{ name: o.anna.name, applications: 1, interviews: 1, hires: 1 }]);
    expect(f.daysInStage.find((d) => d.stage === 'screening')?.days).not.toBeNull();
    const mine = await ok<Mine>(o.as.get('/api/recruiting/referrals/mine'));
    expect(mine.referrals[0]).toMatchObject({ stage: 'hired', points: 200 });

    // Employees cannot reach HR's pipeline.
    expect((await o.as.get('/api/recruiting/applications')).status).toBe(403);
  });

  it('two HR moving the same candidate at once both land on one stage, recorded once; HR cannot mark a candidate withdrawn', async () => {
    const o = await recruitingOrg(tp);
    const job = await openJob(o.hr);
    expect((await apply(tp, job, { email: 'race@example.test' })).status).toBe(200);
    const [app] = (await ok<ApplicationListT>(o.hr.get('/api/recruiting/applications'))).applications;
    const [a, b] = await Promise.all([
      o.hr.post(`/api/recruiting/applications/${app.id}/stage`, { stage: 'screening' }),
      o.asBruno.post(`/api/recruiting/applications/${app.id}/stage`, { stage: 'screening' }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const f = await ok<FunnelT>(o.hr.get('/api/recruiting/funnel'));
    expect(f.bySource.find((s) => s.source === 'careers')?.reached.screening).toBe(1);
    // Only the candidate withdraws (from their status page): HR cannot put words in their mouth.
    expect((await o.hr.post(`/api/recruiting/applications/${app.id}/stage`, { stage: 'withdrawn' })).status).toBe(409);
  });
});
