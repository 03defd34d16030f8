import { and, eq, inArray, sql } from 'drizzle-orm';
import { type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { conflict } from '../../platform/errors';
import { recordAudit } from '../audit';
import type { ManagedTrainingT } from './contract';
import { getManagedTraining } from './get-managed-training';
import { getTraining } from './rows';
import { type TrainingStatus, trainings } from './schema';

const from: Record<'published' | 'archived', TrainingStatus[]> = {
  published: ['draft', 'archived'],
  archived: ['draft', 'published'],
};

/** Publishes (learners see it) or archives (it leaves catalogue and feed) a training, on the status it was read in. */
export async function setTrainingStatus({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { id: string; status: 'published' | 'archived' };
}): Promise<ManagedTrainingT> {
  requirePermission(ctx, 'training.manage');
  return inTx(ctx, async (tx) => {
    const t = await getTraining(tx, input.id);
    const [moved] = await tx.db
      .update(trainings)
      .set({
        status: input.status,
        updatedAt: new Date(),
        publishedAt: input.status === 'published' ? sql`coalesce(${trainings.publishedAt}, now())` : undefined,
      })
      .where(ofOrg(tx, trainings, and(eq(trainings.id, t.id), inArray(trainings.status, from[input.status]))))
      .returning({ id: trainings.id });
    if (!moved) throw conflict('training.invalid_transition', { status: t.status });
    await recordAudit({
      ctx: tx,
      input: {
        action: input.status === 'published' ? 'training.published' : 'training.archived',
        targetType: 'training',
        targetId: t.id,
        targetName: t.title,
      },
    });
    return getManagedTraining({ ctx: tx, input: { id: t.id } });
  });
}
