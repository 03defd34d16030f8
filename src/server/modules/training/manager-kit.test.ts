import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { people } from '../people/schema';
import type { CatalogueT, FeedCardsT, MeasuresT, TeamTrainingListT, TeamTrainingT, TrainingDetailT } from './contract';
import { escalateOverdue } from './escalate-overdue';
import { trainingEscalations } from './schema';
import { errorCode, ok, publishedTraining, trainingOrg } from './test-data';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

describe('the manager kit', { timeout: 240_000 }, () => {
  it('shows the manager their whole team (direct and indirect) with each person’s status and what the team gains', async () => {
    const { lnd, boss, anna, ivo, lead, bruno, as } = await trainingOrg(tp);
    const t = await publishedTraining(lnd);
    await ok((await as(anna)).post(`/api/training/trainings/${t.id}/enrol`, { sessionId: t.sessions[0].id }));
    const bossApi = await as(boss);
    const list = await ok<TeamTrainingListT>(bossApi.get('/api/training/team'));
    expect(list.teamSize).toBe(4);
    expect(list.items).toEqual([
      expect.objectContaining({
        id: t.id,
        endorsed: false,
        managerProposition: expect.objectContaining({ label: 'Responsabili' }),
        counts: { eligible: 4, not_started: 3, pending: 0, waitlisted: 0, enrolled: 1, completed: 0, overdue: 0 },
      }),
    ]);
    const one = await ok<TeamTrainingT>(bossApi.get(`/api/training/team/${t.id}`));
    expect(one.members.map((m) => [m.name, m.direct, m.status, m.population])).toEqual([
      [anna.name, true, 'enrolled', 'Capiturno di produzione'],
      [bruno.name, true, 'not_started', 'Capiturno di produzione'],
      [ivo.name, false, 'not_started', 'Capiturno di produzione'],
      [lead.name, true, 'not_started', 'Commerciali'],
    ]);
    // What the team reads, population by population: the manager promotes it in the same words.
    expect(one.teamPropositions.map((p) => [p.proposition.label, p.people])).toEqual([
      ['Capiturno di produzione', 3],
      ['Commerciali', 1],
    ]);
    // An employee has no kit.
    expect((await (await as(anna)).get('/api/training/team')).status).toBe(403);
  });

  it('an endorsement’s note reaches the team on the card and in the catalogue; the nearest manager’s first', async () => {
    const { lnd, boss, anna, ivo, other, as } = await trainingOrg(tp);
    const t = await publishedTraining(lnd);
    await ok(
      (await as(boss)).put(`/api/training/trainings/${t.id}/endorsement`, { note: 'Ci serve prima dell’estate: iscrivetevi!' }),
    );
    const card = (await ok<FeedCardsT>((await as(anna)).get('/api/training/feed'))).promote[0];
    expect(card).toMatchObject({
      id: t.id,
      endorsement: { managerName: boss.name, note: 'Ci serve prima dell’estate: iscrivetevi!', direct: true },
      proposition: expect.objectContaining({ label: 'Capiturno di produzione' }),
    });
    const indirect = (await ok<CatalogueT>((await as(ivo)).get('/api/training'))).items[0];
    expect(indirect.endorsement).toMatchObject({ managerName: boss.name, direct: false });
    const outsider = await ok<TrainingDetailT>((await as(other)).get(`/api/training/trainings/${t.id}`));
    expect(outsider.endorsement).toBeNull();
    const list = await ok<TeamTrainingListT>((await as(boss)).get('/api/training/team'));
    expect(list.items[0].endorsed).toBe(true);
  });

  it('lets one nudge through per person per week: a flood gets a clear 429; one e-mail, shown on the card', async () => {
    const { lnd, boss, lead, anna, as } = await trainingOrg(tp);
    const t = await publishedTraining(lnd);
    const bossApi = await as(boss);
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        bossApi.post(`/api/training/trainings/${t.id}/nudges`, { personId: anna.id, message: 'Ti iscrivi? Ci tengo.' }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 429, 429, 429, 429, 429]);
    const refused = results.find((r) => r.status === 429)!;
    const body = (await refused.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('training.nudge_too_soon');
    expect(body.error.message).toMatch(/^Anna Operaia ha già ricevuto un promemoria questa settimana/);
    const { rows } = await tp.platform.database.executeSql(
      `select subject from mail_messages where "to" = $1 and template = 'training_nudge'`,
      [anna.email],
    );
    expect(rows.map((r) => r.subject)).toEqual([`${boss.name} ti scrive: Qualità in linea`]);
    const card = (await ok<FeedCardsT>((await as(anna)).get('/api/training/feed'))).promote[0];
    expect(card.nudge).toMatchObject({ managerName: boss.name, message: 'Ti iscrivi? Ci tengo.' });
    const team = await ok<TeamTrainingT>(bossApi.get(`/api/training/team/${t.id}`));
    expect(team.members.find((m) => m.personId === anna.id)?.nudgeAvailableAt).toBeTruthy();
    // Outside one's own team, the person does not exist.
    const foreign = await (await as(lead)).post(`/api/training/trainings/${t.id}/nudges`, { personId: anna.id, message: 'Ciao' });
    expect(foreign.status).toBe(404);
  });

  it('survives a cycle in the manager chain: kit, cards, measures and escalation all answer', async () => {
    const { lnd, lead, ivo, as } = await trainingOrg(tp);
    const t = await publishedTraining(lnd, {
      motivation: 'mandatory',
      organisationalNeed: 'Norma di legge',
      dueDate: '2020-01-01',
    });
    // Data written before cycles were refused (or two edits at once): Lea reports to Ivo, who reports to Lea.
    await tp.platform.db.update(people).set({ managerId: ivo.id }).where(eq(people.id, lead.id));
    await ok((await as(lead)).put(`/api/training/trainings/${t.id}/endorsement`, { note: 'Da fare.' }));
    const kit = await ok<TeamTrainingT>((await as(lead)).get(`/api/training/team/${t.id}`));
    expect(kit.members.map((m) => m.name)).toEqual([ivo.name]);
    const card = await ok<TrainingDetailT>((await as(ivo)).get(`/api/training/trainings/${t.id}`));
    expect(card.endorsement).toMatchObject({ managerName: lead.name, direct: true });
    const measures = await ok<MeasuresT>(lnd.get('/api/training/measures'));
    expect(measures.overdue.length).toBeGreaterThan(0);
    // The sweep covers every organisation, and another file's sweep may run at the same moment on a shared PostgreSQL:
    // what matters is that this training's people were escalated despite the cycle, whichever sweep did it.
    await escalateOverdue(tp.platform);
    const escalated = await tp.platform.db.select().from(trainingEscalations).where(eq(trainingEscalations.trainingId, t.id));
    expect(escalated.length).toBeGreaterThan(0);
    expect(
      await errorCode(await (await as(lead)).post(`/api/training/trainings/${t.id}/nudges`, { personId: lead.id, message: 'x' })),
    ).toBe('not_found');
  });
});
