import { asc, eq } from 'drizzle-orm';
import { type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import type { TeamTrainingListT } from './contract';
import { propositionView } from './get-managed-training';
import { managersRule } from './population';
import { today } from './rows';
import { trainings } from './schema';
import { teamData } from './team-data';
import { emptyCounts, teamStatus } from './team-status';

/** The manager kit's first page: every published training with where my team stands and whether I endorsed it. */
export async function listTeamTrainings({ ctx }: { ctx: Ctx }): Promise<TeamTrainingListT> {
  requirePermission(ctx, 'training.team');
  const list = await ctx.db
    .select()
    .from(trainings)
    .where(ofOrg(ctx, trainings, eq(trainings.status, 'published')))
    .orderBy(asc(trainings.title));
  const data = await teamData(ctx, list);
  const day = today();
  const items = list.map((t) => {
    const counts = emptyCounts();
    for (const p of data.eligibleOf(t)) {
      counts.eligible++;
      counts[
        teamStatus(
          t,
          data.enrolments.find((e) => e.trainingId === t.id && e.personId === p.id),
          day,
        )
      ]++;
    }
    const forManagers = managersRule(data.props.get(t.id) ?? []);
    return {
      id: t.id,
      title: t.title,
      motivation: t.motivation,
      dueDate: t.dueDate,
      endorsed: data.endorsements.some((e) => e.trainingId === t.id),
      managerProposition: forManagers ? propositionView(forManagers) : null,
      counts,
    };
  });
  return { teamSize: data.team.length, items: items.filter((i) => i.counts.eligible > 0) };
}
