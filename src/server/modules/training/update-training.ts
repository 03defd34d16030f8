import { eq } from 'drizzle-orm';
import { type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { conflict } from '../../platform/errors';
import { recordAudit } from '../audit';
import { checkTraining, toCents, toMinutes } from './check-training';
import type { ManagedTrainingT, TrainingPatchT } from './contract';
import { getManagedTraining, propositionView } from './get-managed-training';
import { replacePropositions } from './replace-propositions';
import { getTraining, propositionsOf } from './rows';
import { trainings } from './schema';
import { isUniqueViolation } from './unique-violation';

/** Edits a training (locked: two editors' saves apply one after the other). */
export async function updateTraining({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { id: string; patch: TrainingPatchT };
}): Promise<ManagedTrainingT> {
  requirePermission(ctx, 'training.manage');
  const p = input.patch;
  try {
    return await inTx(ctx, async (tx) => {
      const before = await getTraining(tx, input.id, { lock: true });
      const props = p.propositions ?? (await propositionsOf(tx, [before.id])).get(before.id)?.map(propositionView) ?? [];
      checkTraining(
        {
          motivation: p.motivation ?? before.motivation,
          organisationalNeed: p.organisationalNeed !== undefined ? p.organisationalNeed : before.organisationalNeed,
        },
        props,
      );
      const set: Partial<typeof trainings.$inferInsert> = { updatedAt: new Date() };
      if (p.title !== undefined) set.title = p.title;
      if (p.description !== undefined) set.description = p.description;
      if (p.kind !== undefined) set.kind = p.kind;
      if (p.motivation !== undefined) set.motivation = p.motivation;
      if (p.organisationalNeed !== undefined) set.organisationalNeed = p.organisationalNeed || null;
      if (p.dueDate !== undefined) set.dueDate = p.dueDate;
      if (p.durationHours !== undefined) set.durationMinutes = toMinutes(p.durationHours);
      if (p.cost !== undefined) set.costCents = toCents(p.cost);
      if (p.requiresApproval !== undefined) set.requiresApproval = p.requiresApproval;
      if (p.publicUrl !== undefined) set.publicUrl = p.publicUrl || null;
      if (p.elearningUrl !== undefined) set.elearningUrl = p.elearningUrl || null;
      if (p.code !== undefined) set.code = p.code || null;
      if (p.promoted !== undefined) set.promoted = p.promoted;
      await tx.db
        .update(trainings)
        .set(set)
        .where(ofOrg(tx, trainings, eq(trainings.id, before.id)));
      if (p.propositions) await replacePropositions(tx, before.id, p.propositions);
      await recordAudit({
        ctx: tx,
        input: {
          action: 'training.updated',
          targetType: 'training',
          targetId: before.id,
          targetName: p.title ?? before.title,
          data: { fields: Object.keys(p) },
        },
      });
      return getManagedTraining({ ctx: tx, input: { id: before.id } });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('training.duplicate_code', { code: p.code ?? '' });
    throw err;
  }
}
