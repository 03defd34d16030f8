import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../platform/ctx';
import { adminOfNewOrg, createPerson, signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import type { ResponseBodyT } from './contract';
import { surveyAnswers, surveyResponses, surveyRounds } from './schema';
import { submitResponse } from './submit-response';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

type Api = Awaited<ReturnType<typeof signIn>>;

const pulse = {
  kind: 'survey',
  titleIt: 'Clima aziendale',
  titleEn: 'Company climate',
  anonymous: true,
  questions: [
    { kind: 'enps', textIt: 'Consiglieresti l’azienda?', textEn: 'Would you recommend us?' },
    { kind: 'scale', textIt: 'Mi sento informato', textEn: 'I feel informed' },
    { kind: 'text', textIt: 'Cosa miglioreresti?', textEn: 'What would you improve?', required: false },
  ],
};

async function published(api: Api, body: Record<string, unknown> = pulse) {
  const created = await api.post('/api/surveys', body);
  expect(created.status).toBe(200);
  const s = await created.json();
  const res = await api.post(`/api/surveys/${s.id}/publish`);
  expect(res.status).toBe(200);
  return (await res.json()) as { id: string; questions: { id: string }[]; rounds: { id: string }[] };
}

const answer = (s: { questions: { id: string }[]; rounds: { id: string }[] }, enps: number, text?: string) => ({
  roundId: s.rounds[0].id,
  answers: [
    { questionId: s.questions[0].id, value: enps },
    { questionId: s.questions[1].id, value: 4 },
    ...(text !== undefined ? [{ questionId: s.questions[2].id, text }] : []),
  ],
});

async function employees(orgId: string, n: number, opts: Parameters<typeof createPerson>[2] = {}) {
  const out: Api[] = [];
  for (let i = 0; i < n; i++) out.push(await signIn(tp, (await createPerson(tp, orgId, opts)).email));
  return out;
}

/**
 * Many respondents without the cost of a login each: the operation itself, as each person (the HTTP path is
 * covered by the tests above).
 */
async function respondents(orgId: string, n: number, opts: Parameters<typeof createPerson>[2] = {}) {
  const out: { post: (url: string, body: ResponseBodyT) => Promise<{ status: number }> }[] = [];
  for (let i = 0; i < n; i++) {
    const p = await createPerson(tp, orgId, { ...opts, login: false });
    const ctx: Ctx = {
      orgId,
      actor: { personId: p.id, userId: null, name: p.name, email: p.email, roles: ['employee'], locale: 'it' },
      db: tp.platform.db,
      platform: tp.platform,
      locale: 'it',
    };
    out.push({
      post: async (_url, body) => {
        try {
          await submitResponse({ ctx, input: body });
          return { status: 200 };
        } catch (err) {
          return { status: (err as { status?: number }).status ?? 500 };
        }
      },
    });
  }
  return out;
}

describe('surveys: answering', () => {
  it('shows an open survey to its audience, takes one answer each, and says it was anonymous', async () => {
    const { api, org } = await adminOfNewOrg(tp);
    const s = await published(api);
    const [emp] = await employees(org.id, 1);
    const open = await (await emp.get('/api/me/surveys')).json();
    expect(open.items).toHaveLength(1);
    expect(open.items[0]).toMatchObject({ title: 'Clima aziendale', anonymous: true, answered: false });
    const res = await emp.post('/api/me/surveys/responses', answer(s, 9, 'Più riunioni di reparto'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, anonymous: true });
    expect((await (await emp.get('/api/me/surveys')).json()).items[0].answered).toBe(true);
    const again = await emp.post('/api/me/surveys/responses', answer(s, 3));
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe('surveys.already_answered');
  });

  it('keeps one answer when the same person submits twice at once', async () => {
    const { api, org } = await adminOfNewOrg(tp);
    const s = await published(api);
    const [emp] = await employees(org.id, 1);
    const both = await Promise.all([
      emp.post('/api/me/surveys/responses', answer(s, 9)),
      emp.post('/api/me/surveys/responses', answer(s, 1)),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    const rows = await tp.platform.db.select().from(surveyResponses).where(eq(surveyResponses.roundId, s.rounds[0].id));
    expect(rows).toHaveLength(1);
  });

  it('refuses answers outside the scale, unknown questions, missing required answers, 100 KB texts', async () => {
    const { api, org } = await adminOfNewOrg(tp);
    const s = await published(api);
    const [emp] = await employees(org.id, 1);
    const post = (body: unknown) => emp.post('/api/me/surveys/responses', body);
    const bad = [
      answer(s, 11),
      answer(s, -1),
      {
        roundId: s.rounds[0].id,
        answers: [
          { questionId: s.questions[0].id, value: 7 },
          { questionId: s.questions[1].id, value: 6 },
        ],
      },
      { roundId: s.rounds[0].id, answers: [{ questionId: s.questions[0].id, value: 7 }] },
      {
        roundId: s.rounds[0].id,
        answers: [
          { questionId: s.questions[0].id, value: 7 },
          { questionId: s.questions[0].id, value: 8 },
        ],
      },
      { roundId: s.rounds[0].id, answers: [{ questionId: crypto.randomUUID(), value: 7 }] },
      answer(s, 7, 'x'.repeat(100_000)),
    ];
    for (const body of bad) {
      const res = await post(body);
      expect([400, 422]).toContain(res.status);
    }
    expect((await post(answer(s, 7))).status).toBe(200);
  });

  it('stores HTML as plain text (never rendered as markup)', async () => {
    const { api, org } = await adminOfNewOrg(tp);
    const s = await published(api);
    const [emp] = await employees(org.id, 1);
    expect((await emp.post('/api/me/surveys/responses', answer(s, 8, '<img src=x onerror=alert(1)>'))).status).toBe(200);
    const [row] = await tp.platform.db
      .select({ text: surveyAnswers.text })
      .from(surveyAnswers)
      .where(and(eq(surveyAnswers.orgId, org.id), eq(surveyAnswers.questionId, s.questions[2].id)));
    expect(row.text).toBe('<img src=x onerror=alert(1)>');
  });

  it('does not show a survey to people outside its audience, nor take their answer', async () => {
    const { api, org } = await adminOfNewOrg(tp);
    const s = await published(api, { ...pulse, targeting: { all: false, departments: ['Qualità'] } });
    const [outsider] = await employees(org.id, 1, { department: 'Logistica' });
    expect((await (await outsider.get('/api/me/surveys')).json()).items).toEqual([]);
    expect((await outsider.post('/api/me/surveys/responses', answer(s, 9))).status).toBe(404);
  });

  it('refuses answers once the survey is closed', async () => {
    const { api, org } = await adminOfNewOrg(tp);
    const s = await published(api);
    const [emp] = await employees(org.id, 1);
    expect((await api.post(`/api/surveys/${s.id}/close`)).status).toBe(200);
    const res = await emp.post('/api/me/surveys/responses', answer(s, 9));
    expect(res.status).toBe(409);
    expect((await res.json()).error.code).toBe('surveys.round_closed');
  });
});

describe('surveys: results', () => {
  it('shows nothing while an anonymous round is open, then distributions, eNPS and free text once closed', async () => {
    const { api, org } = await adminOfNewOrg(tp);
    const s = await published(api);
    const scores = [10, 10, 9, 9, 9, 8, 7, 6, 3, 0];
    const people = await respondents(org.id, scores.length, { department: 'Produzione' });
    for (const [i, emp] of people.entries())
      expect(
        (await emp.post('/api/me/surveys/responses', answer(s, scores[i], i === 0 ? 'Mensa migliore' : undefined))).status,
      ).toBe(200);
    const open = await (await api.get(`/api/surveys/${s.id}/results`)).json();
    expect(open.status).toBe('open');
    expect(open.round.responses).toBe(10);
    await api.post(`/api/surveys/${s.id}/close`);
    const r = await (await api.get(`/api/surveys/${s.id}/results?breakdown=department`)).json();
    expect(r.status).toBe('shown');
    expect(r.n).toBe(10);
    expect(r.questions[0].enps).toBe(20);
    expect(r.questions[0].counts).toEqual([1, 0, 0, 1, 0, 0, 1, 1, 1, 3, 2]);
    expect(r.questions[2].texts).toEqual(['Mensa migliore']);
    expect(r.breakdown.groups).toEqual([{ value: 'Produzione', shown: true, n: 10, scores: expect.any(Object) }]);
    expect(r.trend).toEqual([expect.objectContaining({ enps: 20 })]);
  });

  it('a filter that narrows to one person, and a manager whose team has 2 respondents, see "not enough answers"', async () => {
    const { api, org } = await adminOfNewOrg(tp);
    const manager = await createPerson(tp, org.id, { roles: ['manager'], department: 'IT' });
    const s = await published(api);
    const team = await respondents(org.id, 2, { department: 'IT', managerId: manager.id });
    const others = await respondents(org.id, 8, { department: 'Produzione' });
    for (const emp of [...team, ...others]) await emp.post('/api/me/surveys/responses', answer(s, 8));
    await api.post(`/api/surveys/${s.id}/close`);
    const one = await (await api.get(`/api/surveys/${s.id}/results?department=IT`)).json();
    expect(one).toMatchObject({ status: 'too_few', n: null, questions: [] });
    const split = await (await api.get(`/api/surveys/${s.id}/results?breakdown=department`)).json();
    // Produzione (8) would let anyone compute IT (2) as total minus Produzione: withheld as well.
    expect(split.breakdown.groups).toEqual([{ value: null, shown: false, n: null, scores: {} }]);
    const mgr = await signIn(tp, manager.email);
    const mine = await (await mgr.get(`/api/surveys/${s.id}/results`)).json();
    expect(mine.status).toBe('too_few');
    // The manager's list names the published survey (no participation figures); an employee may not ask for it.
    const list = await (await mgr.get('/api/surveys/team')).json();
    expect(list.items).toEqual([expect.objectContaining({ id: s.id, status: 'closed', currentRound: null })]);
    expect((await (await signIn(tp, (await createPerson(tp, org.id)).email)).get('/api/surveys/team')).status).toBe(403);
    const csv = await (await api.get(`/api/surveys/${s.id}/results.csv?department=IT`)).text();
    expect(csv).not.toMatch(/IT|8/);
  });

  it("a manager sees their own team's results, never the organisation's or a filter's", async () => {
    const { api, org } = await adminOfNewOrg(tp);
    const manager = await createPerson(tp, org.id, { roles: ['manager'], department: 'IT' });
    const s = await published(api);
    const team = await respondents(org.id, 6, { department: 'IT', managerId: manager.id });
    const others = await respondents(org.id, 7, { department: 'Produzione' });
    for (const emp of team) await emp.post('/api/me/surveys/responses', answer(s, 10));
    for (const emp of others) await emp.post('/api/me/surveys/responses', answer(s, 2));
    await api.post(`/api/surveys/${s.id}/close`);
    const mgr = await signIn(tp, manager.email);
    const mine = await (await mgr.get(`/api/surveys/${s.id}/results?scope=team&department=Produzione&breakdown=site`)).json();
    expect(mine).toMatchObject({ status: 'shown', n: 6, breakdown: null });
    expect(mine.questions[0].enps).toBe(100);
    expect((await (await mgr.get(`/api/surveys/${s.id}/results?scope=org`)).json()).n).toBe(6);
    expect((await (await api.get(`/api/surveys/${s.id}/results`)).json()).n).toBe(13);
  });

  it('opens the next round of a pulse when one closes, and never reminds twice', async () => {
    const { api, org } = await adminOfNewOrg(tp);
    const s = await published(api, { ...pulse, kind: 'pulse', recurrence: 'monthly', remindAfterDays: 1 });
    await employees(org.id, 2);
    const { surveysSweep, remindRound } = await import('./jobs');
    await tp.platform.db
      .update(surveyRounds)
      .set({ opensAt: new Date(Date.now() - 2 * 86_400_000) })
      .where(eq(surveyRounds.id, s.rounds[0].id));
    const round = { id: s.rounds[0].id, orgId: org.id, surveyId: s.id };
    await Promise.all([remindRound(tp.platform, round), remindRound(tp.platform, round)]);
    await surveysSweep.handle(tp.platform, {});
    const { mailMessages } = await import('../mail/schema');
    const mails = await tp.platform.db
      .select()
      .from(mailMessages)
      .where(and(eq(mailMessages.orgId, org.id), eq(mailMessages.template, 'survey_reminder')));
    expect(mails).toHaveLength(3); // two employees and the admin, once each
    await tp.platform.db
      .update(surveyRounds)
      .set({ closesAt: new Date(Date.now() - 1000) })
      .where(eq(surveyRounds.id, s.rounds[0].id));
    await Promise.all([surveysSweep.handle(tp.platform, {}), surveysSweep.handle(tp.platform, {})]);
    const after = await (await api.get(`/api/surveys/${s.id}`)).json();
    expect(after.rounds.map((r: { seq: number; status: string }) => [r.seq, r.status])).toEqual([
      [1, 'closed'],
      [2, 'open'],
    ]);
  });

  it('edits a draft (targeting, reminder, closing date) until it is published, then refuses', async () => {
    const { api } = await adminOfNewOrg(tp);
    const draft = await (await api.post('/api/surveys', pulse)).json();
    const closesAt = new Date(Date.now() + 10 * 86_400_000).toISOString();
    const targeting = { all: false, departments: ['IT'], sites: ['Parma'], jobFamilies: [], newHireDays: 90 };
    const edited = await api.put(`/api/surveys/${draft.id}`, { ...pulse, targeting, remindAfterDays: 3, closesAt });
    expect(edited.status).toBe(200);
    expect(await (await api.get(`/api/surveys/${draft.id}`)).json()).toMatchObject({
      targeting,
      remindAfterDays: 3,
      closesAt,
      status: 'draft',
    });
    const empty = { ...pulse, targeting: { ...targeting, departments: [], sites: [] } };
    expect((await api.put(`/api/surveys/${draft.id}`, empty)).status).toBe(422);
    await api.post(`/api/surveys/${draft.id}/publish`);
    expect((await api.put(`/api/surveys/${draft.id}`, pulse)).status).toBe(409);
  });

  it('lets only HR manage surveys; employees get 403', async () => {
    const { org } = await adminOfNewOrg(tp);
    const [emp] = await employees(org.id, 1);
    expect((await emp.get('/api/surveys')).status).toBe(403);
    expect((await emp.post('/api/surveys', pulse)).status).toBe(403);
  });
});
