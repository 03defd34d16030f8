import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOfNewOrg, createPerson, signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { mailMessages } from '../mail/schema';
import { onboardingSweepOnce } from './jobs';
import { onboardingJourneys } from './schema';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('onboarding journeys', () => {
  it('gives a new hire the matching journey and a buddy, completes the pulse step when answered, reminds an overdue step once', async () => {
    const { api: hr, org } = await adminOfNewOrg(tp, ['hr', 'admin']);
    const survey = await (
      await hr.post('/api/surveys', {
        kind: 'pulse',
        recurrence: 'monthly',
        titleIt: 'La tua prima settimana',
        titleEn: 'Your first week',
        targeting: { all: true, newHireDays: 30 },
        questions: [{ kind: 'scale', textIt: 'Come va la tua prima settimana?', textEn: 'How is your first week going?' }],
      })
    ).json();
    const published = await (await hr.post(`/api/surveys/${survey.id}/publish`)).json();
    const generic = await hr.post('/api/onboarding/templates', {
      name: 'Tutti',
      steps: [{ offsetDays: 1, kind: 'task', titleIt: 'Ritira il badge', titleEn: 'Collect your badge' }],
    });
    expect(generic.status).toBe(200);
    const template = await hr.post('/api/onboarding/templates', {
      name: 'Produzione',
      departments: ['Produzione'],
      steps: [
        { offsetDays: -10, kind: 'meet_buddy', titleIt: 'Conosci il tuo buddy', titleEn: 'Meet your buddy' },
        { offsetDays: 0, kind: 'pulse', titleIt: 'Come va?', titleEn: 'How is it going?', refId: survey.id },
      ],
    });
    expect(template.status).toBe(200);
    expect(
      (
        await hr.post('/api/onboarding/templates', {
          name: 'x',
          steps: [{ offsetDays: 0, kind: 'pulse', titleIt: 'a', titleEn: 'a' }],
        })
      ).status,
    ).toBe(422);
    const veteran = await createPerson(tp, org.id, { department: 'Produzione', name: 'Vera Veterana', hireDate: day(-2000) });
    const manager = await createPerson(tp, org.id, { roles: ['manager'], department: 'Produzione', hireDate: day(-3000) });
    const hire = await createPerson(tp, org.id, { department: 'Produzione', hireDate: day(-1), managerId: manager.id });

    await Promise.all([onboardingSweepOnce(tp.platform), onboardingSweepOnce(tp.platform)]);
    const journeys = await tp.platform.db.select().from(onboardingJourneys).where(eq(onboardingJourneys.orgId, org.id));
    expect(journeys).toHaveLength(1);
    expect(journeys[0]).toMatchObject({ personId: hire.id, buddyId: veteran.id });

    const me = await signIn(tp, hire.email);
    const mine = (await (await me.get('/api/me/onboarding')).json()).journey;
    expect(mine.buddyName).toBe('Vera Veterana');
    expect(mine.steps.map((s: { kind: string; state: string }) => [s.kind, s.state])).toEqual([
      ['meet_buddy', 'overdue'],
      ['pulse', 'overdue'],
    ]);
    const mails = async () =>
      (
        await tp.platform.db
          .select()
          .from(mailMessages)
          .where(and(eq(mailMessages.orgId, org.id), eq(mailMessages.template, 'onboarding_due')))
      ).length;
    await onboardingSweepOnce(tp.platform);
    expect(await mails()).toBe(2);
    await onboardingSweepOnce(tp.platform);
    expect(await mails()).toBe(2);

    expect((await me.post(`/api/me/onboarding/steps/${mine.steps[1].id}/done`)).status).toBe(409);
    const q = published.questions[0].id;
    expect(
      (await me.post('/api/me/surveys/responses', { roundId: published.rounds[0].id, answers: [{ questionId: q, value: 4 }] }))
        .status,
    ).toBe(200);
    const after = await (await me.post(`/api/me/onboarding/steps/${mine.steps[0].id}/done`)).json();
    expect(after.journey.steps.map((s: { state: string }) => s.state)).toEqual(['done', 'done']);

    const list = await (await hr.get('/api/onboarding/journeys')).json();
    expect(list.items).toEqual([expect.objectContaining({ done: 2, total: 2, overdue: 0, buddyName: 'Vera Veterana' })]);
    const boss = await signIn(tp, manager.email);
    expect((await (await boss.get('/api/onboarding/journeys')).json()).items).toHaveLength(1);
    const colleague = await signIn(tp, veteran.email);
    expect((await colleague.get('/api/onboarding/journeys')).status).toBe(403);
    expect((await (await colleague.get('/api/me/onboarding')).json()).journey).toBeNull();
  });
});
