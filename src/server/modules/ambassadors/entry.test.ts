import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createPerson } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { auditLog } from '../audit/schema';
import { mailMessages } from '../mail/schema';
import { people } from '../people/schema';
import type { CandidateListT, MyProgrammesT, ProgrammeT } from './contract';
import { applications } from './schema';
import { programmeOrg, QUIZ } from './test-data';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

describe('programmes', { timeout: 120_000 }, () => {
  it('are created with a first cohort, and refuse impossible settings with clear 400s', async () => {
    const s = await programmeOrg(tp, { eligibility: { jobFamilies: ['Produzione'] } });
    expect(s.programme).toMatchObject({ seats: 5, termMonths: 6, activeMembers: 0, open: true });
    expect(s.programme.currentCohort?.name).toBe('Ambasciatori 2027 · 1');

    const noAnswer = {
      ...QUIZ,
      questions: [{ ...QUIZ.questions[0], options: QUIZ.questions[0].options.map((o) => ({ ...o, correct: false })) }],
    };
    const quiz = await s.api.patch(`/api/programmes/${s.programme.id}`, { quiz: noAnswer });
    expect(quiz.status).toBe(400);
    expect((await quiz.json()).error).toMatchObject({
      code: 'ambassadors.quiz_without_answer',
      message: expect.stringContaining('1'),
    });

    const term = await s.api.post(`/api/programmes/${s.programme.id}/cohorts`, {
      name: 'B',
      startsOn: '2027-06-01',
      endsOn: '2027-01-01',
    });
    expect(term.status).toBe(400);
    expect((await term.json()).error.code).toBe('ambassadors.term_end_before_start');

    // Two members, then seats below them.
    for (const _ of [1, 2]) {
      const e = await s.employee({ jobFamily: 'Produzione' });
      const { id } = await (await e.api.post(`/api/programmes/${s.programme.id}/apply`, { motivation: 'Eccomi' })).json();
      expect(
        (await s.api.post(`/api/programmes/${s.programme.id}/candidates/${id}/decision`, { decision: 'accept', reason: 'Sì' }))
          .status,
      ).toBe(200);
    }
    const seats = await s.api.patch(`/api/programmes/${s.programme.id}`, { seats: 1 });
    expect(seats.status).toBe(400);
    expect((await seats.json()).error.code).toBe('ambassadors.seats_below_members');
    const ok = await s.api.patch(`/api/programmes/${s.programme.id}`, { seats: 2 });
    expect(((await ok.json()) as ProgrammeT).activeMembers).toBe(2);
  });
});

describe('entry, always with consent', { timeout: 120_000 }, () => {
  it('applying twice (even at once) makes one application', async () => {
    const s = await programmeOrg(tp);
    const e = await s.employee();
    const body = { motivation: 'Racconto volentieri la linea 3', networks: ['linkedin'], availability: 'Un’ora a settimana' };
    const answers = await Promise.all([1, 2, 3].map(() => e.api.post(`/api/programmes/${s.programme.id}/apply`, body)));
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200]);
    const ids = new Set(await Promise.all(answers.map(async (r) => (await r.json()).id)));
    expect(ids.size).toBe(1);
    const rows = await tp.platform.db.select().from(applications).where(eq(applications.personId, e.person.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'pending', source: 'applied', networks: ['linkedin'] });
    const mine: MyProgrammesT = await (await e.api.get('/api/ambassadors/me')).json();
    expect(mine.items[0].application?.status).toBe('pending');
  });

  it('refuses people who do not meet the eligibility', async () => {
    const s = await programmeOrg(tp, { eligibility: { sites: ['Parma'] } });
    const e = await s.employee({ site: 'Milano' });
    const res = await e.api.post(`/api/programmes/${s.programme.id}/apply`, { motivation: 'Eccomi' });
    expect(res.status).toBe(422);
    expect((await (await e.api.get('/api/ambassadors/me')).json()).items).toEqual([]);
  });

  it('a nomination waits for the nominee’s yes; other organisations’ people are 404, deactivated people 422', async () => {
    const s = await programmeOrg(tp);
    const nominee = await s.employee({ name: 'Nadia Nominata' });
    const res = await s.api.post(`/api/programmes/${s.programme.id}/nominations`, {
      personId: nominee.person.id,
      reason: 'Parla benissimo della qualità',
    });
    expect(res.status).toBe(200);
    const mail = await tp.platform.db.select().from(mailMessages).where(eq(mailMessages.to, nominee.person.email));
    expect(mail[0].subject).toContain('Ambasciatori 2027');
    expect(mail[0].text).toContain('Parla benissimo della qualità');

    // Not a candidate yet: the reviewers' pending list is empty until she says yes.
    const pending = async () =>
      ((await (await s.api.get(`/api/programmes/${s.programme.id}/candidates?status=pending`)).json()) as CandidateListT).items;
    expect(await pending()).toEqual([]);
    const mine: MyProgrammesT = await (await nominee.api.get('/api/ambassadors/me')).json();
    const app = mine.items[0].application!;
    expect(app).toMatchObject({
      status: 'nominated',
      nominatedBy: 'Ada Admin',
      nominationReason: 'Parla benissimo della qualità',
    });
    const yes = await nominee.api.post(`/api/ambassadors/applications/${app.id}/nomination`, {
      accept: true,
      motivation: 'Volentieri',
    });
    expect(yes.status).toBe(200);
    expect((await pending()).map((c) => c.person.name)).toEqual(['Nadia Nominata']);
    expect((await nominee.api.post(`/api/ambassadors/applications/${app.id}/nomination`, { accept: false })).status).toBe(409);

    const other = await createOrg(tp);
    const stranger = await createPerson(tp, other.id);
    const foreign = await s.api.post(`/api/programmes/${s.programme.id}/nominations`, { personId: stranger.id, reason: 'x' });
    expect(foreign.status).toBe(404);
    const gone = await s.employee();
    await tp.platform.db.update(people).set({ status: 'inactive' }).where(eq(people.id, gone.person.id));
    const inactive = await s.api.post(`/api/programmes/${s.programme.id}/nominations`, { personId: gone.person.id, reason: 'x' });
    expect(inactive.status).toBe(422);
    expect((await inactive.json()).error.code).toBe('ambassadors.person_inactive');
    const audits = await tp.platform.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.orgId, s.org.id), eq(auditLog.action, 'programme.nomination_accepted')));
    expect(audits).toHaveLength(1);
  });

  it('a nominee may say no, and is never a candidate', async () => {
    const s = await programmeOrg(tp);
    const nominee = await s.employee();
    const { id } = await (
      await s.api.post(`/api/programmes/${s.programme.id}/nominations`, { personId: nominee.person.id, reason: 'Bravo' })
    ).json();
    expect((await nominee.api.post(`/api/ambassadors/applications/${id}/nomination`, { accept: false })).status).toBe(200);
    const [row] = await tp.platform.db.select().from(applications).where(eq(applications.id, id));
    expect(row.status).toBe('nomination_declined');
    const other = await s.employee();
    expect((await other.api.post(`/api/ambassadors/applications/${id}/nomination`, { accept: true })).status).toBe(409);
  });
});
