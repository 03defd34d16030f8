import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import type { CatalogueT, ManagedTrainingT, TrainingDetailT } from './contract';
import { errorCode, inDays, ok, production, publishedTraining, sales, trainingInput, trainingOrg } from './test-data';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

describe('the training offer', { timeout: 240_000 }, () => {
  it('a mandatory training must say which organisational need makes it mandatory; populations must say who they are', async () => {
    const { lnd } = await trainingOrg(tp);
    const noNeed = await lnd.post('/api/training/manage', trainingInput({ motivation: 'mandatory' }));
    expect(noNeed.status).toBe(422);
    expect(await errorCode(noNeed)).toBe('training.need_required');
    const vague = await lnd.post('/api/training/manage', trainingInput({ propositions: [{ ...production, value: '' }] }));
    expect(await errorCode(vague)).toBe('training.population_value_required');
    const t = await ok<ManagedTrainingT>(
      lnd.post(
        '/api/training/manage',
        trainingInput({ motivation: 'mandatory', organisationalNeed: 'Regolamento CE 852/2004 (HACCP)' }),
      ),
    );
    expect(t).toMatchObject({ status: 'draft', motivation: 'mandatory', durationHours: 8, cost: 300, currency: 'EUR' });
    expect(t.propositions.map((p) => p.label)).toEqual(['Capiturno di produzione', 'Commerciali', 'Responsabili']);
    // Dropping the need later is refused too.
    expect(await errorCode(await lnd.patch(`/api/training/manage/${t.id}`, { organisationalNeed: '' }))).toBe(
      'training.need_required',
    );
  });

  it('refuses sessions that end before they start or overlap, and seats below the people enrolled', async () => {
    const { lnd, anna, bruno, as } = await trainingOrg(tp);
    const t = await publishedTraining(lnd, {}, 2);
    const s = t.sessions[0];
    const backwards = await lnd.post(`/api/training/manage/${t.id}/sessions`, {
      startsAt: inDays(9, 12),
      endsAt: inDays(9, 10),
      seats: 5,
    });
    expect(backwards.status).toBe(422);
    expect(await errorCode(backwards)).toBe('training.session_ends_before_start');
    const overlap = await lnd.post(`/api/training/manage/${t.id}/sessions`, {
      startsAt: inDays(7, 12),
      endsAt: inDays(7, 16),
      seats: 5,
    });
    expect(await errorCode(overlap)).toBe('training.session_overlap');
    const next = await ok<ManagedTrainingT>(
      lnd.post(`/api/training/manage/${t.id}/sessions`, { startsAt: inDays(7, 13), endsAt: inDays(7, 17), seats: 5 }),
    );
    expect(next.sessions).toHaveLength(2);

    await ok((await as(anna)).post(`/api/training/trainings/${t.id}/enrol`, { sessionId: s.id }));
    await ok((await as(bruno)).post(`/api/training/trainings/${t.id}/enrol`, { sessionId: s.id }));
    const below = await lnd.patch(`/api/training/sessions/${s.id}`, { seats: 1 });
    expect(below.status).toBe(422);
    expect(await errorCode(below)).toBe('training.seats_below_enrolled');
    expect(await errorCode(await lnd.delete(`/api/training/sessions/${s.id}`))).toBe('training.session_has_enrolments');
    const moved = await lnd.patch(`/api/training/sessions/${s.id}`, { endsAt: inDays(7, 14) });
    expect(await errorCode(moved)).toBe('training.session_overlap');
  });

  it('each learner reads the value proposition of their own population; others do not see the training', async () => {
    const { lnd, anna, lead, other, as } = await trainingOrg(tp);
    const draft = await ok<ManagedTrainingT>(lnd.post('/api/training/manage', trainingInput()));
    const annaApi = await as(anna);
    // A draft does not exist for learners.
    expect((await annaApi.get(`/api/training/trainings/${draft.id}`)).status).toBe(404);
    await ok(lnd.post(`/api/training/manage/${draft.id}/publish`));

    const mine = await ok<TrainingDetailT>(annaApi.get(`/api/training/trainings/${draft.id}`));
    expect(mine.proposition).toMatchObject({ label: production.label, benefits: production.benefits });
    expect(mine.eligible).toBe(true);
    const leads = await ok<TrainingDetailT>((await as(lead)).get(`/api/training/trainings/${draft.id}`));
    expect(leads.proposition).toMatchObject({ label: sales.label });

    const outsider = await as(other);
    expect((await ok<CatalogueT>(outsider.get('/api/training'))).items).toEqual([]);
    const theirs = await ok<TrainingDetailT>(outsider.get(`/api/training/trainings/${draft.id}`));
    expect(theirs).toMatchObject({ eligible: false, proposition: null });
    expect((await outsider.post(`/api/training/trainings/${draft.id}/enrol`, {})).status).toBe(403);
  });

  it('keeps a proposition’s id when edited, and training codes are unique per organisation', async () => {
    const { lnd } = await trainingOrg(tp);
    const t = await ok<ManagedTrainingT>(lnd.post('/api/training/manage', trainingInput({ code: 'QL-01' })));
    const [first] = t.propositions;
    const edited = await ok<ManagedTrainingT>(
      lnd.patch(`/api/training/manage/${t.id}`, {
        propositions: [{ ...production, id: first.id, benefits: 'Meno fermi linea.' }],
      }),
    );
    expect(edited.propositions).toEqual([expect.objectContaining({ id: first.id, benefits: 'Meno fermi linea.' })]);
    const dup = await lnd.post('/api/training/manage', trainingInput({ code: 'ql-01' }));
    expect(dup.status).toBe(409);
    expect(await errorCode(dup)).toBe('training.duplicate_code');
  });
});
