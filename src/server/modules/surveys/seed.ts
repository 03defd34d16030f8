import type { DemoPerson, DemoSeed } from '../../platform/module';
import type { Platform } from '../../platform/platform';
import { teamKeyOf, tenureBand } from './respondent';
import { surveyAnswers, surveyParticipation, surveyQuestions, surveyResponses, surveyRounds, surveys } from './schema';

const DAY = 86_400_000;
const MONTHS = 6;

/** The managers above a demo person, nearest first. */
function chainOf(p: DemoPerson, byId: Map<string, DemoPerson>): string[] {
  const out: string[] = [];
  let m = p.managerId ? byId.get(p.managerId) : undefined;
  while (m && !out.includes(m.id) && out.length < 50) {
    out.push(m.id);
    m = m.managerId ? byId.get(m.managerId) : undefined;
  }
  return out;
}

const monthStart = (now: Date, back: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));

/**
 * A monthly engagement pulse with six closed months of anonymous answers (an eNPS that improves as the programme
 * takes hold) and the current month open; and the new hires' first-week pulse used by onboarding journeys.
 */
export async function seedSurveys(platform: Platform, demo: DemoSeed): Promise<void> {
  const { db, orgId, random, now } = demo;
  const hr = demo.people.find((p) => p.login === 'hr');
  const [pulse] = await db
    .insert(surveys)
    .values({
      orgId,
      kind: 'pulse',
      titleIt: 'Pulse mensile: come stai in Aurora?',
      titleEn: 'Monthly pulse: how are you at Aurora?',
      introIt: 'Tre domande, due minuti. Le risposte sono anonime: vediamo solo gruppi di almeno 5 persone.',
      introEn: 'Three questions, two minutes. Answers are anonymous: we only see groups of at least 5 people.',
      anonymous: true,
      recurrence: 'monthly',
      status: 'active',
      remindAfterDays: 7,
      createdBy: hr?.id ?? null,
      publishedAt: monthStart(now, MONTHS),
      createdAt: monthStart(now, MONTHS),
    })
    .returning();
  const questions = await db
    .insert(surveyQuestions)
    .values([
      {
        orgId,
        surveyId: pulse.id,
        position: 0,
        kind: 'enps' as const,
        textIt: 'Quanto consiglieresti Aurora come posto di lavoro a un amico?',
        textEn: 'How likely are you to recommend Aurora as a place to work to a friend?',
      },
      {
        orgId,
        surveyId: pulse.id,
        position: 1,
        kind: 'scale' as const,
        textIt: 'Mi sento informato/a sulle decisioni che riguardano il mio lavoro.',
        textEn: 'I feel informed about the decisions that affect my work.',
      },
      {
        orgId,
        surveyId: pulse.id,
        position: 2,
        kind: 'text' as const,
        textIt: 'Una cosa che potremmo fare meglio?',
        textEn: 'One thing we could do better?',
        required: false,
      },
    ])
    .returning();
  const active = demo.people.filter((p) => p.status === 'active');
  const byId = new Map(demo.people.map((p) => [p.id, p]));
  const ideas = [
    'Più aggiornamenti sui turni con anticipo',
    'Spiegare meglio i risultati trimestrali in reparto',
    'Una bacheca in mensa con le novità',
    'Più formazione sulle nuove linee',
    'Coinvolgerci prima nei cambi di processo',
    'More updates in English for the Milano office',
  ];
  for (let back = MONTHS; back >= 0; back--) {
    const opensAt = monthStart(now, back);
    const closesAt = monthStart(now, back - 1);
    const open = back === 0;
    const [round] = await db
      .insert(surveyRounds)
      .values({
        orgId,
        surveyId: pulse.id,
        seq: MONTHS - back + 1,
        opensAt,
        closesAt,
        status: open ? 'open' : 'closed',
        audienceSize: active.length,
        remindedAt: open ? null : new Date(opensAt.getTime() + 7 * DAY),
      })
      .returning();
    if (open) continue;
    // The mood improves month by month: fewer detractors, more promoters.
    const lift = (MONTHS - back) * 0.06;
    const respondents = active.filter((p) => p.login !== 'employee' && random.chance(0.55 + lift / 2));
    const participation = respondents.map((p) => ({ orgId, roundId: round.id, personId: p.id }));
    for (let i = 0; i < participation.length; i += 500)
      await db.insert(surveyParticipation).values(participation.slice(i, i + 500));
    // Shuffled, so the response rows are not in the order of the participation rows.
    const order = respondents
      .map((p) => ({ p, r: random.next() }))
      .sort((a, b) => a.r - b.r)
      .map((x) => x.p);
    for (const p of order) {
      const day = new Date(opensAt.getTime() + random.int(0, 20) * DAY);
      const [response] = await db
        .insert(surveyResponses)
        .values({
          orgId,
          surveyId: pulse.id,
          roundId: round.id,
          day: day.toISOString().slice(0, 10),
          department: p.department,
          site: p.site,
          jobFamily: p.jobFamily ?? null,
          tenure: tenureBand(p.hireDate, day),
          teamKeys: chainOf(p, byId).map((m) => teamKeyOf(platform, orgId, m)),
        })
        .returning({ id: surveyResponses.id });
      const roll = random.next();
      const score = roll < 0.3 - lift ? random.int(2, 6) : roll < 0.72 - lift ? random.int(7, 8) : random.int(9, 10);
      const rows: (typeof surveyAnswers.$inferInsert)[] = [
        { orgId, responseId: response.id, questionId: questions[0].id, value: score },
        {
          orgId,
          responseId: response.id,
          questionId: questions[1].id,
          value: Math.min(5, Math.max(1, Math.round(score / 2.2) + random.int(-1, 1))),
        },
      ];
      if (random.chance(0.15))
        rows.push({ orgId, responseId: response.id, questionId: questions[2].id, text: random.pick(ideas) });
      await db.insert(surveyAnswers).values(rows);
    }
  }
  await seedFirstWeekPulse(demo, hr?.id ?? null);
}

/** The pulse onboarding journeys point to: only people hired in the last 30 days see it. */
async function seedFirstWeekPulse(demo: DemoSeed, createdBy: string | null) {
  const { db, orgId, now } = demo;
  const opensAt = monthStart(now, 0);
  const [s] = await db
    .insert(surveys)
    .values({
      orgId,
      kind: 'pulse',
      titleIt: 'La tua prima settimana',
      titleEn: 'Your first week',
      introIt: 'Una domanda per capire come stai andando. Anonima: nessuno vede la tua risposta.',
      introEn: 'One question to see how you are doing. Anonymous: nobody sees your answer.',
      anonymous: true,
      recurrence: 'monthly',
      status: 'active',
      targetAll: true,
      newHireDays: 30,
      createdBy,
      publishedAt: opensAt,
    })
    .returning();
  await db.insert(surveyQuestions).values([
    {
      orgId,
      surveyId: s.id,
      position: 0,
      kind: 'scale',
      textIt: 'Come va la tua prima settimana?',
      textEn: 'How is your first week going?',
    },
    {
      orgId,
      surveyId: s.id,
      position: 1,
      kind: 'text',
      textIt: 'Cosa ti avrebbe aiutato di più?',
      textEn: 'What would have helped you most?',
      required: false,
    },
  ]);
  await db
    .insert(surveyRounds)
    .values({ orgId, surveyId: s.id, seq: 1, opensAt, closesAt: monthStart(now, -1), audienceSize: 0 });
}
