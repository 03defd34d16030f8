import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import type { ManagedTrainingT, MeasuresT, MyEnrolmentT } from './contract';
import { escalateOverdue } from './escalate-overdue';
import { sendReminders } from './send-reminders';
import { inDays, ok, publishedTraining, trainingInput, trainingOrg } from './test-data';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

describe('measures', { timeout: 240_000 }, () => {
  it('the manager effect, against a hand-computed fixture', async () => {
    const { org, lnd, admin } = await trainingOrg(tp);
    // A training for everyone, endorsed by Marta (team of 4, 3 enrol) and not by Nino (team of 5, 1 enrols).
    const t = await publishedTraining(lnd, { propositions: [] }, 50);
    const marta = await createPerson(tp, org.id, { name: 'Marta Manager', roles: ['manager'] });
    const nino = await createPerson(tp, org.id, { name: 'Nino Manager', roles: ['manager'], login: false });
    const team = async (managerId: string, n: number, login: number) =>
      Promise.all(
        Array.from({ length: n }, (_, i) =>
          createPerson(tp, org.id, { name: `${managerId.slice(0, 4)}-${i}`, managerId, login: i < login }),
        ),
      );
    const mine = await team(marta.id, 4, 3);
    const theirs = await team(nino.id, 5, 1);
    await ok((await signIn(tp, marta.email)).put(`/api/training/trainings/${t.id}/endorsement`, { note: 'Iscrivetevi' }));
    for (const p of [...mine.slice(0, 3), theirs[0]])
      await ok((await signIn(tp, p.email)).post(`/api/training/trainings/${t.id}/enrol`, { sessionId: t.sessions[0].id }));
    void admin;
    const m = await ok<MeasuresT>(lnd.get('/api/training/measures'));
    // The trainingOrg fixture adds its own people with line managers: Anna, Bruno, Lea (Bruna's), Ivo (Lea's), none
    // enrolled and none endorsed. So: endorsed 3 of 4; not endorsed 1 of 5 + 4 = 1 of 9.
    expect(m.managerEffect).toMatchObject({
      endorsed: { people: 4, enrolled: 3, rate: 0.75 },
      notEndorsed: { people: 9, enrolled: 1 },
    });
    // By hand (Newcombe's method 10, z = 1.96): Wilson 3/4 = [0.30064, 0.95441]; Wilson 1/9 = [0.01989, 0.43500];
    // d = 0.75 − 0.11111 = 0.63889; low = d − √((0.75 − 0.30064)² + (0.43500 − 0.11111)²) = 0.08497;
    // high = d + √((0.95441 − 0.75)² + (0.11111 − 0.01989)²) = 0.86273.
    const e = m.managerEffect!;
    expect(e.notEndorsed.rate).toBeCloseTo(0.11111, 4);
    expect(e.difference).toBeCloseTo(0.63889, 4);
    expect(e.low).toBeCloseTo(0.08497, 4);
    expect(e.high).toBeCloseTo(0.86273, 4);
    expect(m.rates.byManager.find((r) => r.key === 'Marta Manager')).toMatchObject({
      eligible: 4,
      enrolled: 3,
      enrolmentRate: 0.75,
    });
  });

  it('hours and spend per employee against the benchmark, in the organisation’s currency', async () => {
    const { org, lnd, anna, bruno, other, as } = await trainingOrg(tp);
    const t = await publishedTraining(lnd, { durationHours: 8, cost: 300 });
    const session = t.sessions[0].id;
    for (const p of [anna, bruno])
      await ok<MyEnrolmentT>((await as(p)).post(`/api/training/trainings/${t.id}/enrol`, { sessionId: session }));
    await ok(lnd.patch(`/api/training/sessions/${session}`, { trainerId: other.id }));
    const trainer = await as(other);
    for (const p of [anna, bruno]) await ok(trainer.post(`/api/training/sessions/${session}/check-in`, { personId: p.id }));
    const m = await ok<MeasuresT>(lnd.get('/api/training/measures'));
    // 7 people in the organisation (L&D, Bruna, Anna, Bruno, Lea, Ivo, Olga); 2 × 8 h, 2 × 300 EUR.
    expect(m).toMatchObject({ headcount: 7, currency: 'EUR', hours: { total: 16 }, spend: { total: 600 } });
    expect(m.hours.perEmployee).toBeCloseTo(16 / 7, 2);
    expect(m.spend.perEmployee).toBeCloseTo(600 / 7, 2);
    expect(m.benchmark).toEqual({ hours: 32.4, spend: 1229, currency: 'USD', comparable: false });
    await ok(
      lnd.put('/api/training/settings', {
        currency: 'EUR',
        benchmarkHours: 32.4,
        benchmarkSpend: 1130,
        benchmarkCurrency: 'EUR',
      }),
    );
    const again = await ok<MeasuresT>(lnd.get('/api/training/measures'));
    expect(again.benchmark).toEqual({ hours: 32.4, spend: 1130, currency: 'EUR', comparable: true });
    expect(again.rates.byMotivation).toEqual([expect.objectContaining({ key: 'contingent', completed: 2 })]);
    void org;
  });

  it('escalates overdue mandatory trainings to the line manager once, even when the sweep runs twice at once', async () => {
    const { lnd, boss, lead } = await trainingOrg(tp);
    const t = await ok<ManagedTrainingT>(
      lnd.post(
        '/api/training/manage',
        trainingInput({ motivation: 'mandatory', organisationalNeed: 'HACCP: igiene degli alimenti', dueDate: '2025-01-31' }),
      ),
    );
    await ok(lnd.post(`/api/training/manage/${t.id}/publish`));
    await Promise.all([escalateOverdue(tp.platform), escalateOverdue(tp.platform)]);
    await escalateOverdue(tp.platform);
    const { rows } = await tp.platform.database.executeSql(
      `select "to", text from mail_messages where template = 'training_overdue' and "to" in ($1, $2) order by "to"`,
      [boss.email, lead.email],
    );
    expect(rows).toHaveLength(2);
    const bossMail = rows.find((r) => r.to === boss.email)!.text as string;
    expect(bossMail).toContain('Anna Operaia, Bruno Operaio, Lea Capoturno');
    expect(bossMail).toContain('Perché è obbligatoria: HACCP: igiene degli alimenti');
    const m = await ok<MeasuresT>(lnd.get('/api/training/measures'));
    expect(m.overdue.filter((o) => o.trainingId === t.id).every((o) => o.escalatedAt)).toBe(true);
  });

  it('reminds people of tomorrow’s session once, even when two sweeps run at once', async () => {
    const { lnd, anna, as } = await trainingOrg(tp);
    const t = await ok<ManagedTrainingT>(lnd.post('/api/training/manage', trainingInput()));
    await ok(
      lnd.post(`/api/training/manage/${t.id}/sessions`, {
        startsAt: inDays(0, 3),
        endsAt: inDays(0, 5),
        seats: 5,
        place: 'Aula 1',
      }),
    );
    const published = await ok<ManagedTrainingT>(lnd.post(`/api/training/manage/${t.id}/publish`));
    await ok((await as(anna)).post(`/api/training/trainings/${t.id}/enrol`, { sessionId: published.sessions[0].id }));
    await Promise.all([sendReminders(tp.platform), sendReminders(tp.platform)]);
    await sendReminders(tp.platform);
    const { rows } = await tp.platform.database.executeSql(
      `select subject, text from mail_messages where template = 'training_reminder' and "to" = $1`,
      [anna.email],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].subject).toBe('Promemoria: Qualità in linea');
    expect(rows[0].text).toContain('Aula 1');
  });
});
