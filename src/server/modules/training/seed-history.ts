import type { DemoPerson, DemoSeed } from '../../platform/module';
import type { Hierarchy } from './hierarchy';
import { populationOf } from './population';
import type { Channel } from './schema';
import {
  trainingChanges,
  trainingEndorsements,
  trainingEnrolments,
  trainingEscalations,
  trainingFeedback,
  trainingMailings,
  trainingNudges,
  trainingReach,
} from './schema';
import type { SeededTraining } from './seed';

const DAY = 86_400_000;
const base = { mandatory: 0.6, contingent: 0.5, career: 0.22, community: 0.25 } as const;
const suggestions: Record<string, string[]> = {
  haccp: ['Più casi presi dalla nostra linea, meno teoria.', 'Farlo a inizio turno, non a fine turno.'],
  forklift: ['Più ore di pratica sul piazzale.'],
  excel: ['Esercizi con i nostri file veri.', 'Un incontro in più sulle tabelle pivot.'],
  linkedin: ['Esempi di post del nostro settore.'],
  lean: ['Un incontro di ripasso dopo un mese.'],
  wms: ['Un video breve da rivedere in magazzino.'],
  maintenance: ['Farlo anche a Piacenza più spesso.'],
  pasta: ['Portare anche le famiglie!'],
};
const changes: Record<string, { note: string; daysAgo: number }> = {
  haccp: {
    note: 'Dopo i vostri pareri abbiamo aggiunto una sessione al sabato mattina per chi fa il turno di notte, e metà dei casi ora vengono dalle nostre linee.',
    daysAgo: 40,
  },
  excel: { note: 'Abbiamo sostituito gli esempi generici con i file veri del magazzino di Piacenza.', daysAgo: 30 },
};

/**
 * A year of history: endorsements by about half of the line managers (the demo logins other than the manager's
 * are left alone, so the end-to-end tour starts clean), enrolments more likely where the line manager endorsed,
 * completions at past sessions, feedback, "what we changed", the feed and e-mail reach, a nudge to the demo employee
 * and the overdue HACCP refresher escalated to managers.
 */
export async function seedHistory(demo: DemoSeed, seeded: SeededTraining[], hierarchy: Hierarchy): Promise<void> {
  const r = demo.random;
  const orgId = demo.orgId;
  const now = demo.now.getTime();
  const today = demo.now.toISOString().slice(0, 10);
  const byId = new Map(demo.people.map((p) => [p.id, p]));
  const untouched = (p: DemoPerson) => !!p.login && p.login !== 'manager';
  const enrolments: (typeof trainingEnrolments.$inferInsert & { id: string })[] = [];
  const feedback: (typeof trainingFeedback.$inferInsert)[] = [];
  const reach: (typeof trainingReach.$inferInsert)[] = [];
  const endorsements: (typeof trainingEndorsements.$inferInsert)[] = [];

  for (const s of seeded) {
    const managers = new Set(s.eligible.flatMap((p) => hierarchy.lineManagerOf(p.id) ?? []));
    const endorsedBy = new Set(
      [...managers].filter((m) => {
        const person = byId.get(m);
        if (!person || untouched(person)) return false;
        return person.login === 'manager' ? s.def.key === 'linkedin' : r.chance(0.45);
      }),
    );
    for (const m of endorsedBy)
      endorsements.push({
        orgId,
        trainingId: s.id,
        managerId: m,
        note: r.pick(notes),
        createdAt: new Date(now - r.int(20, 150) * DAY),
      });
    const taken = new Map<string, number>();
    for (const p of s.eligible) {
      if (untouched(p) || p.status === 'pending') continue;
      const manager = hierarchy.lineManagerOf(p.id);
      const chance = Math.min(0.95, base[s.def.motivation] * (manager && endorsedBy.has(manager) ? 2.2 : 1));
      if (p.status === 'active' && s.def.propositions.length && r.chance(0.6))
        reach.push({
          orgId,
          trainingId: s.id,
          personId: p.id,
          channel: 'feed',
          reachedAt: new Date(now - r.int(5, 120) * DAY),
          openedAt: r.chance(0.35) ? new Date(now - r.int(1, 4) * DAY) : null,
        });
      if (!r.chance(chance)) continue;
      const channel: Channel = r.pick(p.site === 'Parma' && p.department === 'Produzione' ? parmaChannels : officeChannels);
      const session = s.sessions.length ? r.pick(s.sessions) : null;
      if (session && (taken.get(session.id) ?? 0) >= session.seats) continue;
      if (session) taken.set(session.id, (taken.get(session.id) ?? 0) + 1);
      const past = session ? session.startsAt.getTime() < now : r.chance(0.7);
      const done = past && r.chance(0.85);
      const completedAt = done ? (session?.endsAt ?? new Date(now - r.int(3, 150) * DAY)) : null;
      const created = new Date((session?.startsAt.getTime() ?? completedAt?.getTime() ?? now) - r.int(4, 30) * DAY);
      const id = r.uuid();
      enrolments.push({
        id,
        orgId,
        trainingId: s.id,
        sessionId: session?.id ?? null,
        personId: p.id,
        status: !past && s.def.requiresApproval && r.chance(0.4) ? 'pending' : 'enrolled',
        channel,
        completedAt,
        completionSource: done ? (session ? 'checkin' : r.pick(['xapi', 'csv'] as const)) : null,
        createdAt: created < demo.now ? created : new Date(now - DAY),
        updatedAt: completedAt ?? created,
      });
      if (done && r.chance(0.55)) {
        const population = populationOf(s.propositions, { ...p, jobFamily: p.jobFamily ?? null }, today);
        feedback.push({
          orgId,
          trainingId: s.id,
          enrolmentId: id,
          propositionId: population?.id ?? null,
          populationLabel: population?.label ?? null,
          usefulness: s.def.motivation === 'mandatory' ? r.int(2, 4) : r.int(3, 5),
          suggestion: r.chance(0.5) ? r.pick(suggestions[s.def.key] ?? ['']) : '',
          createdAt: new Date((completedAt as Date).getTime() + r.int(1, 6) * DAY),
        });
      }
    }
  }
  const insert = async <T>(table: Parameters<DemoSeed['db']['insert']>[0], rows: T[]) => {
    for (let i = 0; i < rows.length; i += 500) await demo.db.insert(table).values(rows.slice(i, i + 500) as never);
  };
  await insert(trainingEndorsements, endorsements);
  await insert(trainingEnrolments, enrolments);
  await insert(trainingFeedback, feedback);
  await insert(trainingReach, reach);
  await seedCampaignTraces(
    demo,
    seeded,
    hierarchy,
    new Set(enrolments.filter((e) => e.completedAt).map((e) => `${e.trainingId}|${e.personId}`)),
  );
}

const notes = [
  'Ci serve: iscrivetevi, vi copro io il turno.',
  'L’ho fatto l’anno scorso, vale il tempo.',
  'Ne parliamo alla prossima riunione di reparto.',
  'Utile per chi vuole crescere nel team.',
];
const parmaChannels: Channel[] = ['poster', 'poster', 'feed', 'catalogue', 'nudge', 'email'];
const officeChannels: Channel[] = ['feed', 'feed', 'email', 'email', 'catalogue', 'nudge'];

/** What the campaigns left: "what we changed", the HACCP e-mail, a nudge to the demo employee, overdue escalations. */
async function seedCampaignTraces(demo: DemoSeed, seeded: SeededTraining[], hierarchy: Hierarchy, completed: Set<string>) {
  const orgId = demo.orgId;
  const now = demo.now.getTime();
  const hr = demo.people.find((p) => p.login === 'hr');
  for (const s of seeded) {
    const change = changes[s.def.key];
    if (change)
      await demo.db.insert(trainingChanges).values({
        orgId,
        trainingId: s.id,
        note: change.note,
        createdBy: hr?.id ?? null,
        createdAt: new Date(now - change.daysAgo * DAY),
      });
  }
  const haccp = seeded.find((s) => s.def.key === 'haccp');
  if (!haccp) return;
  const mailed = haccp.eligible.filter((p) => p.status === 'active' && !p.login);
  await demo.db.insert(trainingMailings).values({
    orgId,
    trainingId: haccp.id,
    status: 'done',
    sent: mailed.length,
    attempts: 1,
    createdBy: hr?.id ?? null,
    createdAt: new Date(now - 85 * DAY),
    startedAt: new Date(now - 85 * DAY),
    finishedAt: new Date(now - 85 * DAY),
  });
  for (let i = 0; i < mailed.length; i += 500)
    await demo.db
      .insert(trainingReach)
      .values(
        mailed.slice(i, i + 500).map((p) => ({
          orgId,
          trainingId: haccp.id,
          personId: p.id,
          channel: 'email' as const,
          reachedAt: new Date(now - 85 * DAY),
        })),
      )
      .onConflictDoNothing();
  const employee = demo.people.find((p) => p.login === 'employee');
  const boss = employee && hierarchy.lineManagerOf(employee.id);
  if (employee && boss)
    await demo.db.insert(trainingNudges).values({
      orgId,
      trainingId: haccp.id,
      managerId: boss,
      personId: employee.id,
      message: `Ciao ${employee.name.split(' ')[0]}, manchi solo tu all’aggiornamento HACCP: c’è una sessione a Parma tra pochi giorni, ti tengo libero il turno.`,
      createdAt: new Date(now - 2 * DAY),
    });
  const late = haccp.eligible.filter((p) => p.status !== 'pending' && !completed.has(`${haccp.id}|${p.id}`));
  for (let i = 0; i < late.length; i += 500)
    await demo.db.insert(trainingEscalations).values(
      late.slice(i, i + 500).map((p) => ({
        orgId,
        trainingId: haccp.id,
        personId: p.id,
        managerId: hierarchy.lineManagerOf(p.id),
        createdAt: new Date(now - 19 * DAY),
      })),
    );
}
