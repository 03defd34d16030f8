import { desc, inArray, sql } from 'drizzle-orm';
import { type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import type { ManagedTrainingListT } from './contract';
import { sessionsOf } from './rows';
import { trainingEnrolments, trainings } from './schema';

/** L&D's list: every training with its sessions and how many are enrolled, waiting and done. */
export async function listManaged({ ctx }: { ctx: Ctx }): Promise<ManagedTrainingListT> {
  requirePermission(ctx, 'training.manage');
  const list = await ctx.db.select().from(trainings).where(ofOrg(ctx, trainings)).orderBy(desc(trainings.updatedAt));
  const ids = list.map((t) => t.id);
  const [sessions, counts] = await Promise.all([
    sessionsOf(ctx, ids),
    ids.length
      ? ctx.db
          .select({
            trainingId: trainingEnrolments.trainingId,
            enrolled: sql<number>`count(*) filter (where ${trainingEnrolments.status} in ('enrolled', 'pending') and ${trainingEnrolments.completedAt} is null)::int`,
            waitlisted: sql<number>`count(*) filter (where ${trainingEnrolments.status} = 'waitlisted')::int`,
            completed: sql<number>`count(${trainingEnrolments.completedAt})::int`,
          })
          .from(trainingEnrolments)
          .where(ofOrg(ctx, trainingEnrolments, inArray(trainingEnrolments.trainingId, ids)))
          .groupBy(trainingEnrolments.trainingId)
      : [],
  ]);
  const now = Date.now();
  return {
    items: list.map((t) => {
      const c = counts.find((x) => x.trainingId === t.id);
      const s = sessions.get(t.id) ?? [];
      return {
        id: t.id,
        title: t.title,
        kind: t.kind,
        motivation: t.motivation,
        status: t.status,
        sessions: s.length,
        nextSessionAt: s.find((x) => x.startsAt.getTime() > now)?.startsAt.toISOString() ?? null,
        enrolled: c?.enrolled ?? 0,
        waitlisted: c?.waitlisted ?? 0,
        completed: c?.completed ?? 0,
      };
    }),
  };
}
