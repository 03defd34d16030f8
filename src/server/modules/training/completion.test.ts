import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import type {
  CompletionsImportResultT,
  FeedbackSummaryT,
  ManagedTrainingT,
  MyEnrolmentT,
  ParticipantsT,
  RosterT,
  TrainingDetailT,
} from './contract';
import { errorCode, inDays, ok, publishedTraining, trainingInput, trainingOrg } from './test-data';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

describe('completion and the learning relationship', { timeout: 240_000 }, () => {
  it('the trainer checks people in; the learner then says how useful it was; L&D answer with what they changed', async () => {
    const { lnd, anna, bruno, other, as } = await trainingOrg(tp);
    const draft = await ok<ManagedTrainingT>(lnd.post('/api/training/manage', trainingInput()));
    const withSession = await ok<ManagedTrainingT>(
      lnd.post(`/api/training/manage/${draft.id}/sessions`, {
        startsAt: inDays(3),
        endsAt: inDays(3, 12),
        seats: 5,
        trainerId: other.id,
      }),
    );
    await ok(lnd.post(`/api/training/manage/${draft.id}/publish`));
    const sessionId = withSession.sessions[0].id;
    const annaApi = await as(anna);
    const e = await ok<MyEnrolmentT>(annaApi.post(`/api/training/trainings/${draft.id}/enrol`, { sessionId }));
    expect(await errorCode(await annaApi.post(`/api/training/enrolments/${e.id}/feedback`, { usefulness: 5 }))).toBe(
      'training.not_completed',
    );

    // Only the session's trainer (or L&D) sees the roster.
    expect((await (await as(bruno)).get(`/api/training/sessions/${sessionId}/roster`)).status).toBe(404);
    const trainer = await as(other);
    const roster = await ok<RosterT>(trainer.get(`/api/training/sessions/${sessionId}/roster`));
    expect(roster.people).toEqual([expect.objectContaining({ name: anna.name, present: false })]);
    const checked = await ok<RosterT>(trainer.post(`/api/training/sessions/${sessionId}/check-in`, { personId: anna.id }));
    expect(checked.people[0].present).toBe(true);
    const parts = await ok<ParticipantsT>(lnd.get(`/api/training/manage/${draft.id}/participants`));
    expect(parts.items[0]).toMatchObject({ name: anna.name, completionSource: 'checkin', channel: 'catalogue' });

    await ok(
      annaApi.post(`/api/training/enrolments/${e.id}/feedback`, { usefulness: 3, suggestion: 'Più esempi dalla linea 3.' }),
    );
    expect(await errorCode(await annaApi.post(`/api/training/enrolments/${e.id}/feedback`, { usefulness: 4 }))).toBe(
      'training.feedback_given',
    );
    const summary = await ok<FeedbackSummaryT>(lnd.get(`/api/training/manage/${draft.id}/feedback`));
    expect(summary).toMatchObject({
      count: 1,
      average: 3,
      byPopulation: [{ key: 'Capiturno di produzione', count: 1, average: 3 }],
      comments: [expect.objectContaining({ population: 'Capiturno di produzione', suggestion: 'Più esempi dalla linea 3.' })],
    });
    await ok(
      lnd.post(`/api/training/manage/${draft.id}/changes`, { note: 'Abbiamo aggiunto un’ora di esercizi sulla linea 3.' }),
    );
    const mine = await ok<TrainingDetailT>(annaApi.get(`/api/training/trainings/${draft.id}`));
    expect(mine.changes).toEqual([
      expect.objectContaining({ note: 'Abbiamo aggiunto un’ora di esercizi sulla linea 3.', afterMyFeedback: true }),
    ]);
  });

  it('imports completions from an LMS export with an error per row, and applies only the good rows', async () => {
    const { lnd, anna, bruno, ivo } = await trainingOrg(tp);
    const t = await publishedTraining(lnd, { code: 'HACCP-26' });
    const csv = [
      'E-mail;Codice corso;Completato il',
      `${anna.email};HACCP-26;15/01/2026`,
      `nessuno@example.test;HACCP-26;2026-01-15`,
      `${bruno.email};CORSO-INESISTENTE;2026-01-15`,
      `${ivo.email};Qualità in linea;31/02/2026`,
      `${ivo.email};qualità in linea;2999-01-01`,
      `${anna.email};HACCP-26;2026-01-16`,
    ].join('\n');
    const preview = await ok<CompletionsImportResultT>(lnd.post('/api/training/completions/import', { csv }));
    expect(preview).toMatchObject({ total: 6, valid: 1, applied: 0, missingColumns: [] });
    expect(preview.errors).toEqual([
      { row: 3, code: 'unknown_person', value: 'nessuno@example.test' },
      { row: 4, code: 'unknown_training', value: 'CORSO-INESISTENTE' },
      { row: 5, code: 'invalid_date', value: '31/02/2026' },
      { row: 6, code: 'future_date', value: '2999-01-01' },
      { row: 7, code: 'duplicate_in_file', value: anna.email },
    ]);
    expect((await ok<ParticipantsT>(lnd.get(`/api/training/manage/${t.id}/participants`))).items).toEqual([]);
    const applied = await ok<CompletionsImportResultT>(lnd.post('/api/training/completions/import', { csv, apply: true }));
    expect(applied.applied).toBe(1);
    const parts = await ok<ParticipantsT>(lnd.get(`/api/training/manage/${t.id}/participants`));
    expect(parts.items).toEqual([
      expect.objectContaining({ name: anna.name, completionSource: 'csv', completedAt: '2026-01-15T12:00:00.000Z' }),
    ]);
    const missing = await ok<CompletionsImportResultT>(lnd.post('/api/training/completions/import', { csv: 'nome;data\nx;y' }));
    expect(missing.missingColumns).toEqual(['email', 'training']);
  });
});
