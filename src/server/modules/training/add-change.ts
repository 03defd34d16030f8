import { actorOf, type Ctx, inTx, requirePermission } from '../../platform/ctx';
import { recordAudit } from '../audit';
import type { FeedbackSummaryT } from './contract';
import { getFeedbackSummary } from './get-feedback-summary';
import { getTraining } from './rows';
import { trainingChanges } from './schema';

/** "What we changed after your feedback": a note learners who answered before it will read on the training. */
export async function addChange({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { trainingId: string; note: string };
}): Promise<FeedbackSummaryT> {
  requirePermission(ctx, 'training.manage');
  const actor = actorOf(ctx);
  await inTx(ctx, async (tx) => {
    const t = await getTraining(tx, input.trainingId);
    await tx.db
      .insert(trainingChanges)
      .values({ orgId: ctx.orgId, trainingId: t.id, note: input.note, createdBy: actor.personId });
    await recordAudit({
      ctx: tx,
      input: { action: 'training.change_noted', targetType: 'training', targetId: t.id, targetName: t.title },
    });
  });
  return getFeedbackSummary({ ctx, input: { id: input.trainingId } });
}
