import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { auditLog } from '../audit/schema';
import { mailMessages } from '../mail/schema';
import type { MemberListT, MyProgrammesT, PlanT } from './contract';
import { closeTermJob } from './jobs';
import { type PlanCandidate, planRotation } from './planner';
import { applications, cohorts, members } from './schema';
import { memberOf, programmeOrg } from './test-data';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

const cand = (i: number, jobFamily: string, site: string, extra: Partial<PlanCandidate> = {}): PlanCandidate => ({
  applicationId: `${i}`,
  person: { id: `${i}`, name: `P${i}`, department: jobFamily, site, jobFamily },
  waitlisted: false,
  score: 3,
  recentMember: false,
  highClicks: false,
  createdAt: i,
  ...extra,
});

describe('the rotation planner', { timeout: 120_000 }, () => {
  it('gives every job family a seat before any gets a second, with the reason', () => {
    const pool = [
      ...Array.from({ length: 10 }, (_, i) => cand(i, 'Produzione', 'Parma', { score: 5 })),
      cand(20, 'Logistica', 'Piacenza', { score: 1 }),
      cand(21, 'Qualità', 'Parma', { score: 2 }),
    ];
    const out = planRotation(3, pool);
    expect(out.map((p) => p.person.jobFamily).sort()).toEqual(['Logistica', 'Produzione', 'Qualità']);
    const logistics = out.find((p) => p.person.jobFamily === 'Logistica')!;
    expect(logistics.reasons).toContainEqual({ code: 'first_family', value: 'Logistica' });
    expect(logistics.reasons).toContainEqual({ code: 'first_site', value: 'Piacenza' });
  });

  it('lets recent members and people over-represented in clicks give way', () => {
    const out = planRotation(2, [
      cand(1, 'Vendite', 'Milano', { recentMember: true, score: 5 }),
      cand(2, 'Vendite', 'Milano', { highClicks: true, score: 5 }),
      cand(3, 'Vendite', 'Milano', { score: 1 }),
    ]);
    expect(out.map((p) => p.person.id)).toEqual(['3', '2']);
    expect(out[1].reasons).toContainEqual({ code: 'high_clicks', value: null });
  });
});

describe('cohorts and rotation', { timeout: 120_000 }, () => {
  it('proposes a cohort that gives a seat to a family that had none, invites, and fills the cohort on acceptance', async () => {
    const s = await programmeOrg(tp, { seats: 2 });
    await memberOf(tp, s, { jobFamily: 'Marketing', site: 'Milano' });
    const apply = async (jobFamily: string, site: string) => {
      const e = await s.employee({ jobFamily, site });
      await e.api.post(`/api/programmes/${s.programme.id}/apply`, { motivation: 'Eccomi' });
      return e;
    };
    const m1 = await apply('Marketing', 'Milano');
    const m2 = await apply('Marketing', 'Milano');
    const logistics = await apply('Logistica', 'Piacenza');
    const plan: PlanT = await (await s.api.get(`/api/programmes/${s.programme.id}/rotation`)).json();
    expect(plan.candidates).toBe(3);
    expect(plan.proposals.map((p) => p.person.jobFamily).sort()).toEqual(['Logistica', 'Marketing']);
    const family = (name: string) => plan.coverage.families.find((f) => f.name === name);
    expect(family('Logistica')).toMatchObject({ before: 0, after: 1, candidates: 1 });
    expect(family('Marketing')).toMatchObject({ before: 1, after: 1 });

    const ids = plan.proposals.map((p) => p.applicationId);
    const confirm = await s.api.post(`/api/programmes/${s.programme.id}/rotation`, {
      name: 'Coorte 2',
      startsOn: '2020-01-01',
      endsOn: '2019-06-01',
      applicationIds: ids,
    });
    expect(confirm.status).toBe(400);
    const ok = await s.api.post(`/api/programmes/${s.programme.id}/rotation`, {
      name: 'Coorte 2',
      startsOn: '2030-01-01',
      endsOn: '2030-07-01',
      applicationIds: ids,
    });
    expect(ok.status).toBe(200);
    const mail = await tp.platform.db.select().from(mailMessages).where(eq(mailMessages.to, logistics.person.email));
    expect(mail.map((m) => m.template)).toContain('programme_invitation');
    const mine: MyProgrammesT = await (await logistics.api.get('/api/ambassadors/me')).json();
    expect(mine.items[0].application).toMatchObject({ status: 'invited', invitedCohort: 'Coorte 2' });
    expect(
      (await logistics.api.post(`/api/ambassadors/applications/${mine.items[0].application!.id}/invitation`, { accept: true }))
        .status,
    ).toBe(200);
    const seat = await tp.platform.db.select().from(members).where(eq(members.personId, logistics.person.id));
    expect(seat).toHaveLength(1);
    // The one not proposed is still waiting.
    const left = [m1, m2].find((m) => !plan.proposals.some((p) => p.person.id === m.person.id))!;
    const [app] = await tp.platform.db.select().from(applications).where(eq(applications.personId, left.person.id));
    expect(app.status).toBe('pending');
  });

  it('at term end members become alumni and comms are told, once, however often the job is sent or run', async () => {
    const s = await programmeOrg(tp);
    const editor = await createPerson(tp, s.org.id, { roles: ['editor'] });
    const m = await memberOf(tp, s);
    const cohortId = s.programme.currentCohort!.id;
    await tp.platform.db.update(cohorts).set({ endsOn: '2020-01-01' }).where(eq(cohorts.id, cohortId));
    const first = await tp.platform.jobs.send(closeTermJob, { cohortId }, { singletonKey: cohortId });
    const second = await tp.platform.jobs.send(closeTermJob, { cohortId }, { singletonKey: cohortId });
    expect(first).not.toBeNull();
    expect(second).toBeNull();
    await Promise.all([closeTermJob.handle(tp.platform, { cohortId }), closeTermJob.handle(tp.platform, { cohortId })]);
    await tp.platform.jobs.drain(tp.platform, [closeTermJob.name]);
    await closeTermJob.handle(tp.platform, { cohortId });
    const list: MemberListT = await (await s.api.get(`/api/programmes/${s.programme.id}/members`)).json();
    expect(list.items.map((x) => [x.person.id, x.status])).toEqual([[m.person.id, 'alumni']]);
    const told = await tp.platform.db
      .select()
      .from(mailMessages)
      .where(and(eq(mailMessages.to, editor.email), eq(mailMessages.template, 'programme_term_ended')));
    expect(told).toHaveLength(1);
    const audits = await tp.platform.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, s.org.id), eq(auditLog.action, 'programme.term_ended')));
    expect(audits).toHaveLength(1);
    // An alumna shares as an employee: no programme rule applies any more.
    const mine: MyProgrammesT = await (await m.api.get('/api/ambassadors/me')).json();
    expect(mine.items[0].member).toBeNull();
  });
});
