import { and, desc, eq, inArray } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { findPeopleById, findProfile, type OrgPerson } from '../people';
import type { TrainingCardT } from './contract';
import { propositionView } from './get-managed-training';
import { enrolmentView } from './my-enrolment';
import { isEligible, populationOf } from './population';
import { hoursOf, propositionsOf, sessionsOf, type TrainingRow, today } from './rows';
import { trainingEndorsements, trainingEnrolments, trainingNudges } from './schema';

export type LearnerCard = TrainingCardT & { eligible: boolean };

/**
 * Trainings as one learner sees them: the value proposition of their own population, the endorsement of the nearest
 * manager above them who gave one (their line manager first), their enrolment and their manager's latest nudge.
 */
export async function learnerCards(ctx: Ctx, me: OrgPerson, list: TrainingRow[]): Promise<LearnerCard[]> {
  if (list.length === 0) return [];
  const ids = list.map((t) => t.id);
  const chain = (await findProfile(ctx, me.id))?.managerChain ?? [];
  const [props, sessions, enrolments, endorsements, nudges] = await Promise.all([
    propositionsOf(ctx, ids),
    sessionsOf(ctx, ids),
    ctx.db
      .select()
      .from(trainingEnrolments)
      .where(
        ofOrg(ctx, trainingEnrolments, and(eq(trainingEnrolments.personId, me.id), inArray(trainingEnrolments.trainingId, ids))),
      ),
    chain.length
      ? ctx.db
          .select()
          .from(trainingEndorsements)
          .where(
            ofOrg(
              ctx,
              trainingEndorsements,
              and(inArray(trainingEndorsements.trainingId, ids), inArray(trainingEndorsements.managerId, chain)),
            ),
          )
      : Promise.resolve([]),
    ctx.db
      .select()
      .from(trainingNudges)
      .where(ofOrg(ctx, trainingNudges, and(eq(trainingNudges.personId, me.id), inArray(trainingNudges.trainingId, ids))))
      .orderBy(desc(trainingNudges.createdAt)),
  ]);
  const names = await findPeopleById(ctx, [
    ...new Set([...endorsements.map((e) => e.managerId), ...nudges.flatMap((n) => (n.managerId ? [n.managerId] : []))]),
  ]);
  const day = today();
  const now = Date.now();
  const cards: LearnerCard[] = [];
  for (const t of list) {
    const rules = props.get(t.id) ?? [];
    const mine = enrolments.find((e) => e.trainingId === t.id) ?? null;
    const endorsement = chain
      .map((managerId) => endorsements.find((e) => e.trainingId === t.id && e.managerId === managerId))
      .find((e) => e !== undefined);
    const nudge = nudges.find((n) => n.trainingId === t.id);
    const population = populationOf(rules, me, day);
    const next = (sessions.get(t.id) ?? []).find((s) => s.startsAt.getTime() > now);
    cards.push({
      id: t.id,
      title: t.title,
      kind: t.kind,
      motivation: t.motivation,
      durationHours: hoursOf(t),
      dueDate: t.dueDate,
      overdue: t.motivation === 'mandatory' && !!t.dueDate && t.dueDate < day && !mine?.completedAt,
      proposition: population ? propositionView(population) : null,
      endorsement: endorsement
        ? {
            managerId: endorsement.managerId,
            managerName: names.get(endorsement.managerId)?.name ?? '',
            note: endorsement.note,
            direct: endorsement.managerId === chain[0],
          }
        : null,
      nextSessionAt: next?.startsAt.toISOString() ?? null,
      enrolment: mine ? await enrolmentView(ctx, mine) : null,
      nudge: nudge
        ? {
            managerName: (nudge.managerId && names.get(nudge.managerId)?.name) || '',
            message: nudge.message,
            at: nudge.createdAt.toISOString(),
          }
        : null,
      eligible: isEligible(rules, me, day),
    });
  }
  return cards;
}
