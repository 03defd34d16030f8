import type { DemoSeed } from '../../platform/module';
import type { Platform } from '../../platform/platform';
import { qaAnswers, qaAskers, qaQuestions, qaSessions } from './schema';

/** A session with the plant director: answered, approved, pending and anonymous questions. */
export async function seedQa(_platform: Platform, demo: DemoSeed): Promise<void> {
  const { db, orgId, now } = demo;
  const leader = demo.people.find((p) => !p.managerId) ?? demo.people[0];
  const askers = demo.people.filter((p) => p.status === 'active' && !p.login).slice(0, 3);
  const day = (back: number) => new Date(now.getTime() - back * 86_400_000).toISOString().slice(0, 10);
  const [s] = await db
    .insert(qaSessions)
    .values({
      orgId,
      title: 'Chiedi alla direzione: il piano 2026',
      description: 'Fai le tue domande sul piano industriale: rispondiamo a tutte quelle approvate entro fine mese.',
      leaderIds: [leader.id],
    })
    .returning();
  const qs = await db
    .insert(qaQuestions)
    .values([
      {
        orgId,
        sessionId: s.id,
        body: 'Le nuove linee porteranno nuove assunzioni a Parma?',
        anonymous: false,
        status: 'answered' as const,
        votes: 23,
        askedOn: day(9),
      },
      {
        orgId,
        sessionId: s.id,
        body: 'Ci saranno cambi ai turni estivi?',
        anonymous: true,
        status: 'approved' as const,
        votes: 17,
        askedOn: day(6),
      },
      {
        orgId,
        sessionId: s.id,
        body: 'Il premio di risultato verrà confermato?',
        anonymous: true,
        status: 'pending' as const,
        votes: 0,
        askedOn: day(1),
      },
    ])
    .returning();
  if (askers[0]) await db.insert(qaAskers).values({ orgId, questionId: qs[0].id, personId: askers[0].id });
  await db.insert(qaAnswers).values({
    orgId,
    questionId: qs[0].id,
    leaderId: leader.id,
    body: 'Sì: prevediamo una ventina di ingressi tra produzione e manutenzione entro l’estate, e daremo priorità a chi è già con noi a tempo determinato.',
  });
}
