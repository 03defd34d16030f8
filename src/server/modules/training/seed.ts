import { type Ctx, systemCtx } from '../../platform/ctx';
import type { DemoPerson, DemoSeed } from '../../platform/module';
import type { Platform } from '../../platform/platform';
import { createAdvocacyPost } from './create-advocacy-post';
import { Hierarchy } from './hierarchy';
import { isEligible } from './population';
import { trainingPosters, trainingPropositions, trainingSessions, trainings } from './schema';
import { type SeedTraining, seedCatalogue } from './seed-catalogue';
import { seedHistory } from './seed-history';

const DAY = 86_400_000;

export type SeededTraining = {
  def: SeedTraining;
  id: string;
  propositions: (typeof trainingPropositions.$inferSelect)[];
  sessions: (typeof trainingSessions.$inferSelect)[];
  eligible: DemoPerson[];
};

/**
 * Pastificio Aurora's training: eight trainings over the four motivations, a year of enrolments and completions,
 * managers who endorsed and managers who did not (so the manager effect has something to show), feedback and what
 * changed after it, an e-mail campaign, and a poster campaign at the Parma plant. Written in the seed's transaction,
 * deterministic (demo.random), no job or e-mail queued.
 */
export async function seedTraining(platform: Platform, demo: DemoSeed): Promise<void> {
  const ctx: Ctx = { ...systemCtx(platform, demo.orgId), db: demo.db };
  const hr = demo.people.find((p) => p.login === 'hr');
  const trainer = demo.people.find((p) => p.jobTitle === 'Specialista formazione' && p.status === 'active') ?? hr;
  const current = demo.people.filter((p) => p.status !== 'inactive');
  const today = demo.now.toISOString().slice(0, 10);
  const at = (days: number, hour = 8) =>
    new Date(Date.UTC(demo.now.getUTCFullYear(), demo.now.getUTCMonth(), demo.now.getUTCDate() + days, hour));
  const seeded: SeededTraining[] = [];
  for (const def of seedCatalogue) {
    const [row] = await demo.db
      .insert(trainings)
      .values({
        orgId: demo.orgId,
        title: def.title,
        description: def.description,
        kind: def.kind,
        motivation: def.motivation,
        organisationalNeed: def.need ?? null,
        dueDate: def.dueInDays === undefined ? null : at(def.dueInDays).toISOString().slice(0, 10),
        durationMinutes: Math.round(def.hours * 60),
        costCents: Math.round(def.cost * 100),
        requiresApproval: def.requiresApproval ?? false,
        publicUrl: def.publicUrl ?? null,
        elearningUrl: def.elearningUrl ?? null,
        code: def.code,
        status: 'published',
        createdBy: hr?.id ?? null,
        createdAt: new Date(demo.now.getTime() - 200 * DAY),
        publishedAt: new Date(demo.now.getTime() - 190 * DAY),
        updatedAt: new Date(demo.now.getTime() - 30 * DAY),
      })
      .returning();
    const propositions = await demo.db
      .insert(trainingPropositions)
      .values(
        def.propositions.map((p, position) => ({
          ...p,
          value: p.value ?? null,
          orgId: demo.orgId,
          trainingId: row.id,
          position,
        })),
      )
      .returning();
    const sessions = def.sessions.length
      ? await demo.db
          .insert(trainingSessions)
          .values(
            def.sessions.map((s) => ({
              orgId: demo.orgId,
              trainingId: row.id,
              startsAt: at(s.day),
              endsAt: new Date(at(s.day).getTime() + Math.min(def.hours, 8) * 3_600_000),
              place: s.place === 'Online' ? null : s.place,
              onlineUrl: s.place === 'Online' ? 'https://meet.pastificioaurora.example/formazione' : null,
              seats: s.seats,
              trainerId: trainer?.id ?? null,
            })),
          )
          .returning()
      : [];
    const eligible = current.filter((p) => isEligible(propositions, { ...p, jobFamily: p.jobFamily ?? null }, today));
    seeded.push({ def, id: row.id, propositions, sessions, eligible });
  }
  await seedHistory(demo, seeded, new Hierarchy(current));

  // The poster campaign at the Parma plant: two posters of the HACCP refresher. Their tracked link is made when L&D
  // print the next one (the core seed's links are all shares' links, and its checks rely on it).
  const haccp = seeded.find((s) => s.def.key === 'haccp');
  if (haccp && hr) {
    const linePeople = haccp.propositions.find((p) => p.kind === 'department' && p.value === 'Produzione');
    await demo.db.insert(trainingPosters).values(
      ['Stabilimento di Parma — bacheca della mensa', 'Stabilimento di Parma — ingresso spogliatoi'].map((place, i) => ({
        orgId: demo.orgId,
        trainingId: haccp.id,
        place,
        propositionId: linePeople?.id ?? null,
        createdBy: hr.id,
        createdAt: new Date(demo.now.getTime() - (80 - i) * DAY),
      })),
    );
  }
  // The public pasta school gets its advocacy draft in the content hub, ready for the communications team.
  const pasta = seeded.find((s) => s.def.key === 'pasta');
  if (pasta) await createAdvocacyPost({ ctx, input: { trainingId: pasta.id } });
}
