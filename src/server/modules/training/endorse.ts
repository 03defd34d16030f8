import { and, eq } from 'drizzle-orm';
import { actorOf, type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { recordAudit } from '../audit';
import type { TeamTrainingT } from './contract';
import { getTeamTraining } from './get-team-training';
import { getTraining } from './rows';
import { trainingEndorsements } from './schema';

/** The manager endorses a training with a personal note (again: the note is replaced), or withdraws it (note null). */
export async function endorse({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { trainingId: string; note: string | null };
}): Promise<TeamTrainingT> {
  requirePermission(ctx, 'training.team');
  const actor = actorOf(ctx);
  await inTx(ctx, async (tx) => {
    const t = await getTraining(tx, input.trainingId, { published: true });
    if (input.note === null) {
      await tx.db
        .delete(trainingEndorsements)
        .where(
          ofOrg(
            tx,
            trainingEndorsements,
            and(eq(trainingEndorsements.trainingId, t.id), eq(trainingEndorsements.managerId, actor.personId)),
          ),
        );
    } else {
      await tx.db
        .insert(trainingEndorsements)
        .values({ orgId: ctx.orgId, trainingId: t.id, managerId: actor.personId, note: input.note })
        .onConflictDoUpdate({
          target: [trainingEndorsements.trainingId, trainingEndorsements.managerId],
          set: { note: input.note, updatedAt: new Date() },
        });
    }
    await recordAudit({
      ctx: tx,
      input: {
        action: input.note === null ? 'training.endorsement_withdrawn' : 'training.endorsed',
        targetType: 'training',
        targetId: t.id,
        targetName: t.title,
      },
    });
  });
  return getTeamTraining({ ctx, input: { id: input.trainingId } });
}
