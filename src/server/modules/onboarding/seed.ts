import { systemCtx } from '../../platform/ctx';
import type { DemoSeed } from '../../platform/module';
import type { Platform } from '../../platform/platform';
import { findNewsByTitle } from '../news';
import { findNewHirePulse } from '../surveys';
import { onboardingJourneys, onboardingProgress, onboardingSteps, onboardingTemplates } from './schema';

const DAY = 86_400_000;

/** The company's journey for every new hire, and two new hires half-way through it. */
export async function seedOnboarding(platform: Platform, demo: DemoSeed): Promise<void> {
  const { db, orgId, now } = demo;
  const ctx = { ...systemCtx(platform, orgId), db };
  const policy = await findNewsByTitle(ctx, 'Nuova policy sui social: da leggere e confermare');
  const letter = await findNewsByTitle(ctx, 'Un anno di Aurora: grazie a tutti');
  const pulse = await findNewHirePulse(ctx);
  const [template] = await db
    .insert(onboardingTemplates)
    .values({ orgId, name: 'Benvenuto in Aurora', nameEn: 'Welcome to Aurora' })
    .returning();
  const steps = await db
    .insert(onboardingSteps)
    .values(
      [
        {
          offsetDays: -3,
          kind: 'read_post' as const,
          titleIt: 'Leggi il messaggio della direzione',
          titleEn: 'Read the message from the management',
          refId: letter,
        },
        {
          offsetDays: 1,
          kind: 'meet_buddy' as const,
          titleIt: 'Prendi un caffè con il tuo buddy',
          titleEn: 'Have a coffee with your buddy',
          refId: null,
        },
        {
          offsetDays: 3,
          kind: 'acknowledge' as const,
          titleIt: 'Leggi e conferma la policy sui social',
          titleEn: 'Read and confirm the social media policy',
          refId: policy,
        },
        {
          offsetDays: 5,
          kind: 'pulse' as const,
          titleIt: 'Come va la tua prima settimana?',
          titleEn: 'How is your first week going?',
          refId: pulse,
        },
        {
          offsetDays: 14,
          kind: 'training' as const,
          titleIt: 'Completa la formazione sicurezza',
          titleEn: 'Complete the safety training',
          refId: null,
        },
        {
          offsetDays: 30,
          kind: 'first_share' as const,
          titleIt: 'Condividi il tuo primo contenuto',
          titleEn: 'Make your first share',
          refId: null,
        },
      ]
        .filter((s) => s.kind === 'meet_buddy' || s.kind === 'training' || s.kind === 'first_share' || s.refId)
        .map((s, position) => ({ ...s, orgId, templateId: template.id, position })),
    )
    .returning();
  const candidates = demo.people.filter((p) => p.status === 'active' && !p.login && p.managerId);
  const hires = [candidates[candidates.length - 1], candidates[candidates.length - 2]].filter(Boolean);
  for (const [i, hire] of hires.entries()) {
    const startOn = new Date(now.getTime() - (i === 0 ? 12 : 4) * DAY).toISOString().slice(0, 10);
    const buddy = demo.people.find(
      (p) => p.department === hire.department && p.id !== hire.id && p.id !== hire.managerId && p.status === 'active',
    );
    const [journey] = await db
      .insert(onboardingJourneys)
      .values({ orgId, personId: hire.id, templateId: template.id, buddyId: buddy?.id ?? null, startOn })
      .returning();
    // The first hire has done the first two steps; the second only read the letter.
    const done = steps.slice(0, i === 0 ? 2 : 1);
    if (done.length)
      await db.insert(onboardingProgress).values(done.map((s) => ({ orgId, journeyId: journey.id, stepId: s.id })));
  }
}
