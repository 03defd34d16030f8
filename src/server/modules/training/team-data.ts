import { and, desc, eq, gt, inArray } from 'drizzle-orm';
import { actorOf, type Ctx, ofOrg } from '../../platform/ctx';
import type { OrgPerson } from '../people';
import { orgPeople, type People } from './org-people';
import { isEligible } from './population';
import { type PropositionRow, propositionsOf, type TrainingRow, today } from './rows';
import { trainingEndorsements, trainingEnrolments, trainingNudges } from './schema';

export const NUDGE_INTERVAL_MS = 7 * 86_400_000;

export type TeamData = {
  people: People;
  team: OrgPerson[];
  props: Map<string, PropositionRow[]>;
  enrolments: (typeof trainingEnrolments.$inferSelect)[];
  endorsements: (typeof trainingEndorsements.$inferSelect)[];
  lastNudge: Map<string, Date>;
  eligibleOf: (t: TrainingRow) => OrgPerson[];
};

/** The signed-in manager's team (direct and indirect reports) with what the kit shows about the given trainings. */
export async function teamData(ctx: Ctx, list: TrainingRow[]): Promise<TeamData> {
  const actor = actorOf(ctx);
  const people = await orgPeople(ctx);
  const teamIds = people.hierarchy.teamOf(actor.personId);
  const team = people.list.filter((p) => teamIds.has(p.id)).sort((a, b) => a.name.localeCompare(b.name));
  const ids = list.map((t) => t.id);
  const members = team.map((p) => p.id);
  const [props, enrolments, endorsements, nudges] = await Promise.all([
    propositionsOf(ctx, ids),
    ids.length && members.length
      ? ctx.db
          .select()
          .from(trainingEnrolments)
          .where(
            ofOrg(
              ctx,
              trainingEnrolments,
              and(inArray(trainingEnrolments.trainingId, ids), inArray(trainingEnrolments.personId, members)),
            ),
          )
      : Promise.resolve([]),
    ids.length
      ? ctx.db
          .select()
          .from(trainingEndorsements)
          .where(
            ofOrg(
              ctx,
              trainingEndorsements,
              and(inArray(trainingEndorsements.trainingId, ids), eq(trainingEndorsements.managerId, actor.personId)),
            ),
          )
      : Promise.resolve([]),
    members.length
      ? ctx.db
          .select({ personId: trainingNudges.personId, at: trainingNudges.createdAt })
          .from(trainingNudges)
          .where(
            ofOrg(
              ctx,
              trainingNudges,
              and(
                inArray(trainingNudges.personId, members),
                gt(trainingNudges.createdAt, new Date(Date.now() - NUDGE_INTERVAL_MS)),
              ),
            ),
          )
          .orderBy(desc(trainingNudges.createdAt))
      : Promise.resolve([]),
  ]);
  const lastNudge = new Map<string, Date>();
  for (const n of nudges) if (!lastNudge.has(n.personId)) lastNudge.set(n.personId, n.at);
  const day = today();
  return {
    people,
    team,
    props,
    enrolments,
    endorsements,
    lastNudge,
    eligibleOf: (t) => team.filter((p) => isEligible(props.get(t.id) ?? [], p, day)),
  };
}
