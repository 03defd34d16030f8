import { type Ctx, inTx, requirePermission } from '../../platform/ctx';
import { recordAudit } from '../audit';
import { checkSession } from './check-session';
import type { ManagedTrainingT, SessionInputT } from './contract';
import { getManagedTraining } from './get-managed-training';
import { getTraining } from './rows';
import { trainingSessions } from './schema';

/** A new session (dates, place or online link, seats, trainer) of a training. */
export async function addSession({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { trainingId: string; session: SessionInputT };
}): Promise<ManagedTrainingT> {
  requirePermission(ctx, 'training.manage');
  const s = input.session;
  return inTx(ctx, async (tx) => {
    const t = await getTraining(tx, input.trainingId, { lock: true });
    const startsAt = new Date(s.startsAt);
    const endsAt = new Date(s.endsAt);
    await checkSession(tx, { trainingId: t.id, startsAt, endsAt, trainerId: s.trainerId });
    const [row] = await tx.db
      .insert(trainingSessions)
      .values({
        orgId: ctx.orgId,
        trainingId: t.id,
        startsAt,
        endsAt,
        place: s.place || null,
        onlineUrl: s.onlineUrl || null,
        seats: s.seats,
        trainerId: s.trainerId ?? null,
      })
      .returning({ id: trainingSessions.id });
    await recordAudit({
      ctx: tx,
      input: {
        action: 'training.session_added',
        targetType: 'training',
        targetId: t.id,
        targetName: t.title,
        data: { sessionId: row.id },
      },
    });
    return getManagedTraining({ ctx: tx, input: { id: t.id } });
  });
}
