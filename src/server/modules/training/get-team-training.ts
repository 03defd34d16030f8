import { actorOf, type Ctx, requirePermission } from '../../platform/ctx';
import type { PropositionViewT, TeamTrainingT } from './contract';
import { propositionView } from './get-managed-training';
import { managersRule, populationOf } from './population';
import { getTraining, iso, sessionsOf, today } from './rows';
import { NUDGE_INTERVAL_MS, teamData } from './team-data';
import { emptyCounts, teamStatus } from './team-status';

/** One training in the manager kit: each eligible team member's status, my endorsement, who may be nudged when. */
export async function getTeamTraining({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<TeamTrainingT> {
  requirePermission(ctx, 'training.team');
  const actor = actorOf(ctx);
  const t = await getTraining(ctx, input.id, { published: true });
  const data = await teamData(ctx, [t]);
  const sessions = (await sessionsOf(ctx, [t.id])).get(t.id) ?? [];
  const rules = data.props.get(t.id) ?? [];
  const day = today();
  const counts = emptyCounts();
  const reached = new Map<string, { proposition: PropositionViewT; people: number }>();
  const members = data.eligibleOf(t).map((p) => {
    const population = populationOf(rules, p, day);
    if (population) {
      const r = reached.get(population.id) ?? { proposition: propositionView(population), people: 0 };
      r.people++;
      reached.set(population.id, r);
    }
    const e = data.enrolments.find((x) => x.personId === p.id);
    const status = teamStatus(t, e, day);
    counts.eligible++;
    counts[status]++;
    const last = data.lastNudge.get(p.id);
    return {
      personId: p.id,
      name: p.name,
      jobTitle: p.jobTitle,
      direct: p.managerId === actor.personId,
      status,
      population: population?.label ?? null,
      enrolmentId: e && e.status !== 'cancelled' && e.status !== 'declined' ? e.id : null,
      sessionAt: iso(sessions.find((s) => s.id === e?.sessionId)?.startsAt ?? null),
      nudgeAvailableAt: last ? new Date(last.getTime() + NUDGE_INTERVAL_MS).toISOString() : null,
      canDecide: e?.status === 'pending',
    };
  });
  const mine = data.endorsements[0];
  const forManagers = managersRule(rules);
  return {
    id: t.id,
    title: t.title,
    motivation: t.motivation,
    dueDate: t.dueDate,
    requiresApproval: t.requiresApproval,
    managerProposition: forManagers ? propositionView(forManagers) : null,
    teamPropositions: [...reached.values()].sort((a, b) => b.people - a.people),
    endorsement: mine ? { note: mine.note, at: mine.updatedAt.toISOString() } : null,
    counts,
    members,
  };
}
