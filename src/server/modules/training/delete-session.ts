import { and, eq, inArray } from 'drizzle-orm';
import { type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { conflict } from '../../platform/errors';
import { recordAudit } from '../audit';
import type { ManagedTrainingT } from './contract';
import { getManagedTraining } from './get-managed-training';
import { getSession, getTraining } from './rows';
import { trainingEnrolments, trainingSessions } from './schema';

/** Removes a session nobody holds a place in (people enrolled must be moved or cancelled first, knowingly). */
export async function deleteSession({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<ManagedTrainingT> {
  requirePermission(ctx, 'training.manage');
  return inTx(ctx, async (tx) => {
    const s = await getSession(tx, input.id, { lock: true });
    const t = await getTraining(tx, s.trainingId);
    const [held] = await tx.db
      .select({ id: trainingEnrolments.id })
      .from(trainingEnrolments)
      .where(
        ofOrg(
          tx,
          trainingEnrolments,
          and(eq(trainingEnrolments.sessionId, s.id), inArray(trainingEnrolments.status, ['enrolled', 'pending', 'waitlisted'])),
        ),
      )
      .limit(1);
    if (held) throw conflict('training.session_has_enrolments');
    await tx.db.delete(trainingSessions).where(ofOrg(tx, trainingSessions, eq(trainingSessions.id, s.id)));
    await recordAudit({
      ctx: tx,
      input: { action: 'training.session_deleted', targetType: 'training', targetId: t.id, targetName: t.title },
    });
    return getManagedTraining({ ctx: tx, input: { id: t.id } });
  });
}
