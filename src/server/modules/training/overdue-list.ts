import { inArray } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import type { MeasuresT } from './contract';
import { nameOf, type People } from './org-people';
import { isEligible } from './population';
import { type PropositionRow, type TrainingRow, today } from './rows';
import { type trainingEnrolments, trainingEscalations } from './schema';

const SHOWN = 200;

/** Eligible people who have not completed a mandatory training past its due day, and when their manager was told. */
export async function overdueList(
  ctx: Ctx,
  people: People,
  offer: TrainingRow[],
  props: Map<string, PropositionRow[]>,
  enrolments: (typeof trainingEnrolments.$inferSelect)[],
): Promise<MeasuresT['overdue']> {
  const day = today();
  const late = offer.filter((t) => t.status === 'published' && t.motivation === 'mandatory' && t.dueDate && t.dueDate < day);
  if (late.length === 0) return [];
  const done = new Set(enrolments.filter((e) => e.completedAt).map((e) => `${e.trainingId}|${e.personId}`));
  const escalations = await ctx.db
    .select()
    .from(trainingEscalations)
    .where(
      ofOrg(
        ctx,
        trainingEscalations,
        inArray(
          trainingEscalations.trainingId,
          late.map((t) => t.id),
        ),
      ),
    );
  const told = new Map(escalations.map((e) => [`${e.trainingId}|${e.personId}`, e.createdAt]));
  const out: MeasuresT['overdue'] = [];
  for (const t of late)
    for (const p of people.list) {
      if (done.has(`${t.id}|${p.id}`) || !isEligible(props.get(t.id) ?? [], p, day)) continue;
      out.push({
        trainingId: t.id,
        title: t.title,
        personId: p.id,
        name: p.name,
        managerName: nameOf(people, people.hierarchy.lineManagerOf(p.id)),
        dueDate: t.dueDate as string,
        escalatedAt: told.get(`${t.id}|${p.id}`)?.toISOString() ?? null,
      });
    }
  return out.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.name.localeCompare(b.name)).slice(0, SHOWN);
}
