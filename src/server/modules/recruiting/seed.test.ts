import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemo } from '../../seed';
import { signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import type { ApplicationListT, FunnelT, HrReferralsT, JobListT, MyReferralsT } from './contract';
import type { HrInterviewT, QuestionT } from './interview-contract';
import type { JourneyT } from './journey-contract';
import { jsonLdOf, ok, pathOf } from './test-data';

describe('recruiting demo data', () => {
  let tp: TestPlatform;
  const tag = crypto.randomBytes(3).toString('hex');
  const domain = `${tag}.aurora.example`;
  const as = (who: string) => signIn(tp, `${who}@${domain}`, DEMO_PASSWORD);

  beforeAll(async () => {
    tp = await createTestPlatform();
    await seedDemo(tp.platform, { force: true, domain, slug: `aurora-${tag}`, auth: tp.auth });
  }, 300_000);
  afterAll(async () => tp?.close());

  it('has four open jobs at the plants and the office, candidates at every stage, referrals waiting and consented', {
    timeout: 120_000,
  }, async () => {
    const hr = await as('hr');
    const jobs = await ok<JobListT>(hr.get('/api/recruiting/jobs'));
    expect(jobs.jobs.filter((j) => j.status === 'open')).toHaveLength(4);
    expect(new Set(jobs.jobs.map((j) => j.locality))).toEqual(new Set(['Parma', 'Piacenza', 'Milano']));
    const apps = await ok<ApplicationListT>(hr.get('/api/recruiting/applications'));
    expect(new Set(apps.applications.map((a) => a.stage))).toEqual(
      new Set(['applied', 'screening', 'interview', 'hired', 'rejected']),
    );
    const cv = await hr.get(`/api/recruiting/applications/${apps.applications[0].id}/cv`);
    expect(cv.status).toBe(200);
    // Interviewed candidates sent a recorded answer; the first question is in the hiring manager's voice.
    const interviewed = apps.applications.find((a) => a.stage === 'interview') as (typeof apps.applications)[number];
    const iv = await ok<HrInterviewT>(hr.get(`/api/recruiting/applications/${interviewed.id}/interview`));
    const take = iv.interview?.answers[0].take;
    expect(take?.contentType).toBe('video/webm');
    expect((await hr.get(`/api/recruiting/takes/${take?.id}`)).status).toBe(200);
    const qs = await ok<{ questions: QuestionT[] }>(hr.get(`/api/recruiting/jobs/${interviewed.jobId}/questions`));
    expect(qs.questions[0].hasPrompt).toBe(true);
    expect((await hr.get(`/api/recruiting/questions/${qs.questions[0].id}/recording`)).status).toBe(200);
    const refs = await ok<HrReferralsT>(hr.get('/api/recruiting/referrals'));
    expect(refs.referrals.filter((r) => r.status === 'pending' && r.name === null)).toHaveLength(2);
    const f = await ok<FunnelT>(hr.get('/api/recruiting/funnel'));
    expect(f.bySource.find((s) => s.source === 'referral')?.reached.hired).toBe(1);
    const page = await (await tp.app.request(pathOf(jobs.jobs[0].publicUrl))).text();
    expect(jsonLdOf(page)?.['@type']).toBe('JobPosting');
    const mine = await ok<MyReferralsT>((await as('dipendente')).get('/api/recruiting/referrals/mine'));
    expect(mine.points).toBeGreaterThan(0);
  });

  it('shows a hire who already made a first share, and an employee share at the origin, in the journey', {
    timeout: 120_000,
  }, async () => {
    const j = await ok<JourneyT>((await as('hr')).get('/api/recruiting/journey?months=3'));
    expect(j.hires).toEqual([
      expect.objectContaining({ personId: expect.any(String), firstShareAt: expect.any(String), firstShareClicks: 9 }),
    ]);
    expect(j.steps.find((s) => s.step === 'advocates')?.count).toBe(1);
    expect(j.origins.some((o) => o.shares === 1 && o.clicks === 23)).toBe(true);
    expect(j.steps[0].count).toBeGreaterThan(0);
  });
});
