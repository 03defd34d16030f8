import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import type { ManagedTrainingT, MyEnrolmentT, TeamTrainingT } from './contract';
import { errorCode, ok, publishedTraining, trainingOrg } from './test-data';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

const enrolled = (t: ManagedTrainingT) => t.sessions[0];

describe('enrolment', { timeout: 240_000 }, () => {
  it('never oversells a session when many people enrol at once: the rest wait in line', async () => {
    const { org, lnd } = await trainingOrg(tp);
    const t = await publishedTraining(lnd, { propositions: [] }, 2);
    const people = await Promise.all(Array.from({ length: 6 }, (_, i) => createPerson(tp, org.id, { name: `Persona ${i}` })));
    const apis = await Promise.all(people.map((p) => signIn(tp, p.email)));
    const results = await Promise.all(
      apis.map((api) => ok<MyEnrolmentT>(api.post(`/api/training/trainings/${t.id}/enrol`, { sessionId: enrolled(t).id }))),
    );
    expect(results.filter((r) => r.status === 'enrolled')).toHaveLength(2);
    const waiting = results.filter((r) => r.status === 'waitlisted');
    expect(waiting).toHaveLength(4);
    expect(waiting.map((w) => w.waitlistPosition).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([1, 2, 3, 4]);
    const after = await ok<ManagedTrainingT>(lnd.get(`/api/training/manage/${t.id}`));
    expect(after.sessions[0]).toMatchObject({ seats: 2, taken: 2, waitlisted: 4 });
  });

  it('a second click answers the same enrolment; a cancellation gives the seat to the first in line, who is told by e-mail', async () => {
    const { lnd, anna, bruno, as } = await trainingOrg(tp);
    const t = await publishedTraining(lnd, {}, 1);
    const annaApi = await as(anna);
    const [a1, a2] = await Promise.all([
      ok<MyEnrolmentT>(annaApi.post(`/api/training/trainings/${t.id}/enrol`, { sessionId: enrolled(t).id, channel: 'feed' })),
      ok<MyEnrolmentT>(annaApi.post(`/api/training/trainings/${t.id}/enrol`, { sessionId: enrolled(t).id, channel: 'feed' })),
    ]);
    expect(a1.id).toBe(a2.id);
    const b = await ok<MyEnrolmentT>(
      (await as(bruno)).post(`/api/training/trainings/${t.id}/enrol`, { sessionId: enrolled(t).id }),
    );
    expect(b).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    const cancelled = await ok<MyEnrolmentT>(annaApi.post(`/api/training/enrolments/${a1.id}/cancel`));
    expect(cancelled.status).toBe('cancelled');
    const now = await ok<{ enrolment: MyEnrolmentT }>((await as(bruno)).get(`/api/training/trainings/${t.id}`));
    expect(now.enrolment).toMatchObject({ status: 'enrolled', waitlistPosition: null });
    const { rows } = await tp.platform.database.executeSql(
      `select subject from mail_messages where "to" = $1 and template = 'training_promoted'`,
      [bruno.email],
    );
    expect(rows.map((r) => r.subject)).toEqual(['Si è liberato un posto: Qualità in linea']);
    // Someone else's enrolment does not exist for a learner.
    expect((await (await as(bruno)).post(`/api/training/enrolments/${a1.id}/cancel`)).status).toBe(404);
  });

  it('gives the enrolled learner an .ics of their session', async () => {
    const { lnd, anna, as } = await trainingOrg(tp);
    const t = await publishedTraining(lnd);
    const api = await as(anna);
    const e = await ok<MyEnrolmentT>(api.post(`/api/training/trainings/${t.id}/enrol`, { sessionId: enrolled(t).id }));
    const res = await api.get(`/api/training/enrolments/${e.id}/calendar.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const ics = await res.text();
    const start = new Date(enrolled(t).startsAt).toISOString().replace(/[-:]/g, '').slice(0, 13);
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain('SUMMARY:Qualità in linea');
    expect(ics).toContain(`DTSTART:${start}`);
    expect(ics).toContain('LOCATION:Parma\\, sala 2');
  });

  it('waits for the manager’s approval when required; two managers deciding at once: one decision stands', async () => {
    const { lnd, boss, lead, ivo, as } = await trainingOrg(tp);
    const t = await publishedTraining(lnd, { requiresApproval: true }, 3);
    const req = await ok<MyEnrolmentT>(
      (await as(ivo)).post(`/api/training/trainings/${t.id}/enrol`, { sessionId: enrolled(t).id }),
    );
    expect(req.status).toBe('pending');
    const { rows } = await tp.platform.database.executeSql(
      `select "to" from mail_messages where template = 'training_approval' and "to" = $1`,
      [lead.email],
    );
    expect(rows).toHaveLength(1);
    // Ivo's line manager (Lea) and the manager above her (Bruna) both try at once.
    const [a, b] = await Promise.all([
      (await as(lead)).post(`/api/training/enrolments/${req.id}/approve`),
      (await as(boss)).post(`/api/training/enrolments/${req.id}/decline`),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(await errorCode(loser)).toBe('training.already_decided');
    const team = await ok<TeamTrainingT>((await as(boss)).get(`/api/training/team/${t.id}`));
    const status = team.members.find((m) => m.personId === ivo.id)?.status;
    expect(a.status === 200 ? status : 'not_started').toBe(status === 'enrolled' ? 'enrolled' : 'not_started');
  });

  it('a manager cannot decide for someone outside their team', async () => {
    const { lnd, lead, anna, as } = await trainingOrg(tp);
    const t = await publishedTraining(lnd, { requiresApproval: true });
    const req = await ok<MyEnrolmentT>(
      (await as(anna)).post(`/api/training/trainings/${t.id}/enrol`, { sessionId: enrolled(t).id }),
    );
    // Anna reports to Bruna, not to Lea.
    expect((await (await as(lead)).post(`/api/training/enrolments/${req.id}/approve`)).status).toBe(403);
  });
});
