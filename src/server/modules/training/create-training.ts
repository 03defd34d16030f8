import { type Ctx, inTx, requirePermission } from '../../platform/ctx';
import { conflict } from '../../platform/errors';
import { recordAudit } from '../audit';
import { checkTraining, toCents, toMinutes } from './check-training';
import type { ManagedTrainingT, TrainingInputT } from './contract';
import { getManagedTraining } from './get-managed-training';
import { replacePropositions } from './replace-propositions';
import { trainings } from './schema';
import { isUniqueViolation } from './unique-violation';

/** A new training, as a draft, with its value propositions. */
export async function createTraining({ ctx, input }: { ctx: Ctx; input: TrainingInputT }): Promise<ManagedTrainingT> {
  requirePermission(ctx, 'training.manage');
  checkTraining(input, input.propositions);
  try {
    return await inTx(ctx, async (tx) => {
      const [row] = await tx.db
        .insert(trainings)
        .values({
          orgId: ctx.orgId,
          title: input.title,
          description: input.description,
          kind: input.kind,
          motivation: input.motivation,
          organisationalNeed: input.organisationalNeed || null,
          dueDate: input.dueDate ?? null,
          durationMinutes: toMinutes(input.durationHours),
          costCents: toCents(input.cost),
          requiresApproval: input.requiresApproval,
          publicUrl: input.publicUrl || null,
          elearningUrl: input.elearningUrl || null,
          code: input.code || null,
          promoted: input.promoted,
          createdBy: ctx.actor?.personId ?? null,
        })
        .returning();
      await replacePropositions(tx, row.id, input.propositions);
      await recordAudit({
        ctx: tx,
        input: { action: 'training.created', targetType: 'training', targetId: row.id, targetName: row.title },
      });
      return getManagedTraining({ ctx: tx, input: { id: row.id } });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('training.duplicate_code', { code: input.code ?? '' });
    throw err;
  }
}
