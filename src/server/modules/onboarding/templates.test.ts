import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOfNewOrg, createPerson, signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { trainingEnrolments, trainings } from '../training/schema';
import { onboardingSweepOnce } from './jobs';
import { onboardingJourneys } from './schema';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
type Api = Awaited<ReturnType<typeof adminOfNewOrg>>['api'];
type Step = { kind: string; title: string; state: string; id: string };

async function post(hr: Api, titleIt: string, mustRead = false): Promise<string> {
  const body = { titleIt, titleEn: titleIt, bodyIt: 'Testo', bodyEn: 'Text', mustRead };
  const res = await hr.post('/api/news/posts', body);
  expect(res.status).toBe(200);
  return (await res.json()).id;
}

const task = (titleIt: string, offsetDays = 1) => ({ offsetDays, kind: 'task', titleIt, titleEn: titleIt });

describe('onboarding template editor', () => {
  it('checks steps: targets of this organisation that fit the kind, offsets in range, no step twice', async () => {
    const { api: hr, org } = await adminOfNewOrg(tp, ['hr']);
    const { api: otherHr } = await adminOfNewOrg(tp, ['hr']);
    const news = await post(hr, 'Benvenuti');
    const policy = await post(hr, 'Policy social', true);
    const foreign = await post(otherHr, 'Altrove');
    const [course] = await tp.platform.db
      .insert(trainings)
      .values({ orgId: org.id, title: 'Sicurezza', kind: 'course', motivation: 'mandatory', durationMinutes: 60 })
      .returning();

    const targets = await (await hr.get('/api/onboarding/targets')).json();
    expect(targets.posts.map((p: { title: string }) => p.title).sort()).toEqual(['Benvenuti', 'Policy social']);
    expect(targets.mustReads.map((p: { id: string }) => p.id)).toEqual([policy]);
    expect(targets.trainings).toEqual([{ id: course.id, title: 'Sicurezza' }]);

    const save = (steps: unknown[]) => hr.post('/api/onboarding/templates', { name: 'Percorso', nameEn: 'Journey', steps });
    const codeOf = async (res: Response) => [res.status, (await res.json()).error?.code];
    const read = (refId: string) => ({ offsetDays: 0, kind: 'read_post', titleIt: 'Leggi', titleEn: 'Read', refId });
    expect(await codeOf(await save([read(foreign)]))).toEqual([422, 'onboarding.step_target_unknown']);
    expect(await codeOf(await save([{ ...read(news), kind: 'acknowledge' }]))).toEqual([422, 'onboarding.step_target_unknown']);
    expect(await codeOf(await save([{ ...read(news), kind: 'pulse' }]))).toEqual([422, 'onboarding.step_target_unknown']);
    expect(await codeOf(await save([read(news), { ...read(news), offsetDays: 5 }]))).toEqual([422, 'onboarding.step_duplicate']);
    expect(await codeOf(await save([task('Badge'), task('Badge')]))).toEqual([422, 'onboarding.step_duplicate']);
    expect((await save([{ ...task('Badge'), offsetDays: -61 }])).status).toBe(400);
    expect((await save([{ ...task('Badge'), offsetDays: 366 }])).status).toBe(400);
    expect((await save([])).status).toBe(400);

    const ok = await save([
      { ...read(policy), kind: 'acknowledge', offsetDays: -5 },
      read(news),
      { offsetDays: 10, kind: 'training', titleIt: 'Corso', titleEn: 'Course', refId: course.id },
      // A buddy meeting points at nothing: a stray target is dropped, not stored.
      { offsetDays: 2, kind: 'meet_buddy', titleIt: 'Buddy', titleEn: 'Buddy', refId: news },
    ]);
    expect(ok.status).toBe(200);
    const saved = await ok.json();
    expect(saved).toMatchObject({ name: 'Percorso', nameEn: 'Journey', version: 1, journeys: 0, active: true });
    expect(saved.steps.map((s: { kind: string; refId: string | null }) => [s.kind, s.refId])).toEqual([
      ['acknowledge', policy],
      ['read_post', news],
      ['training', course.id],
      ['meet_buddy', null],
    ]);
    // Another organisation's HR neither see nor edit it.
    expect((await otherHr.get('/api/onboarding/templates')).status).toBe(200);
    expect((await (await otherHr.get('/api/onboarding/templates')).json()).items).toEqual([]);
    expect((await otherHr.put(`/api/onboarding/templates/${saved.id}`, { name: 'x', steps: [task('x')] })).status).toBe(404);
    expect((await otherHr.put(`/api/onboarding/templates/${saved.id}/active`, { active: false })).status).toBe(404);
    const emp = await signIn(tp, (await createPerson(tp, org.id)).email);
    expect((await emp.get('/api/onboarding/targets')).status).toBe(403);
  });

  it('applies edited steps to new hires only: running journeys keep their steps and progress', async () => {
    const { api: hr, org } = await adminOfNewOrg(tp, ['hr']);
    await createPerson(tp, org.id, { department: 'Logistica', hireDate: day(-1000) });
    const created = await (
      await hr.post('/api/onboarding/templates', {
        name: 'Logistica',
        steps: [task('Ritira il badge'), task('Visita il magazzino', 3)],
      })
    ).json();
    const first = await createPerson(tp, org.id, { department: 'Logistica', hireDate: day(-2) });
    await onboardingSweepOnce(tp.platform);
    const firstApi = await signIn(tp, first.email);
    const before = (await (await firstApi.get('/api/me/onboarding')).json()).journey;
    await firstApi.post(`/api/me/onboarding/steps/${before.steps[0].id}/done`);

    // Renaming or changing the rules makes no new version.
    const renamed = await (
      await hr.put(`/api/onboarding/templates/${created.id}`, {
        name: 'Logistica e magazzino',
        steps: [task('Ritira il badge'), task('Visita il magazzino', 3)],
      })
    ).json();
    expect(renamed).toMatchObject({ version: 1, journeys: 1 });
    const edited = await (
      await hr.put(`/api/onboarding/templates/${created.id}`, {
        name: 'Logistica e magazzino',
        steps: [task('Ritira il badge'), task('Corso carrelli', 7)],
      })
    ).json();
    expect(edited).toMatchObject({ version: 2, journeys: 1 });
    expect(edited.steps.map((s: { titleIt: string }) => s.titleIt)).toEqual(['Ritira il badge', 'Corso carrelli']);

    const after = (await (await firstApi.get('/api/me/onboarding')).json()).journey;
    expect(after.steps.map((s: Step) => [s.title, s.state === 'done'])).toEqual([
      ['Ritira il badge', true],
      ['Visita il magazzino', false],
    ]);
    const second = await createPerson(tp, org.id, { department: 'Logistica', hireDate: day(-1) });
    await onboardingSweepOnce(tp.platform);
    const secondSteps = (await (await (await signIn(tp, second.email)).get('/api/me/onboarding')).json()).journey.steps;
    expect(secondSteps.map((s: Step) => s.title)).toEqual(['Ritira il badge', 'Corso carrelli']);
    const list = (await (await hr.get('/api/onboarding/journeys')).json()).items;
    expect(list.map((j: { done: number; total: number }) => [j.done, j.total]).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it('archiving gives the template to no new hire, while journeys already running carry on', async () => {
    const { api: hr, org } = await adminOfNewOrg(tp, ['hr']);
    const t = await (await hr.post('/api/onboarding/templates', { name: 'Tutti', steps: [task('Benvenuto')] })).json();
    const first = await createPerson(tp, org.id, { hireDate: day(-3) });
    await onboardingSweepOnce(tp.platform);
    const archived = await hr.put(`/api/onboarding/templates/${t.id}/active`, { active: false });
    expect(archived.status).toBe(200);
    expect((await archived.json()).active).toBe(false);
    const later = await createPerson(tp, org.id, { hireDate: day(-1) });
    await onboardingSweepOnce(tp.platform);
    const journeys = await tp.platform.db.select().from(onboardingJourneys).where(eq(onboardingJourneys.orgId, org.id));
    expect(journeys.map((j) => j.personId)).toEqual([first.id]);
    expect((await (await (await signIn(tp, first.email)).get('/api/me/onboarding')).json()).journey.steps).toHaveLength(1);
    expect((await (await (await signIn(tp, later.email)).get('/api/me/onboarding')).json()).journey).toBeNull();
    expect((await (await hr.put(`/api/onboarding/templates/${t.id}/active`, { active: true })).json()).active).toBe(true);
  });
  it('completes a training step naming its course when the course is recorded complete', async () => {
    const { api: hr, org } = await adminOfNewOrg(tp, ['hr']);
    const [course] = await tp.platform.db
      .insert(trainings)
      .values({ orgId: org.id, title: 'Sicurezza', kind: 'course', motivation: 'mandatory', durationMinutes: 60 })
      .returning();
    const training = { offsetDays: 7, kind: 'training', titleIt: 'Corso sicurezza', titleEn: 'Safety course', refId: course.id };
    expect((await hr.post('/api/onboarding/templates', { name: 'Tutti', steps: [training, task('Badge')] })).status).toBe(200);
    const hire = await createPerson(tp, org.id, { hireDate: day(-1) });
    const me = await signIn(tp, hire.email);
    const before = (await (await me.get('/api/me/onboarding')).json()).journey.steps;
    expect(before[0]).toMatchObject({ kind: 'training', state: 'upcoming', link: `/training/${course.id}`, manual: true });
    await tp.platform.db
      .insert(trainingEnrolments)
      .values({ orgId: org.id, trainingId: course.id, personId: hire.id, status: 'enrolled', completedAt: new Date() });
    const after = (await (await me.get('/api/me/onboarding')).json()).journey.steps;
    expect(after.map((s: Step) => s.state)).toEqual(['done', 'due']);
  });
});
