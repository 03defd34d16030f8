import { eq } from 'drizzle-orm';
import { type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { invalid } from '../../platform/errors';
import { recordAudit } from '../audit';
import { checkSession } from './check-session';
import type { ManagedTrainingT, SessionPatchT } from './contract';
import { getManagedTraining } from './get-managed-training';
import { promoteWaitlist } from './promote-waitlist';
import { getSession, getTraining } from './rows';
import { trainingSessions } from './schema';
import { seatCounts } from './session-views';

/**
 * Edits a session. Seats never drop below the people holding one (enrolled or awaiting approval): the session row is
 * locked, as every enrolment locks it, so the count cannot change between the check and the update. More seats
 * promote the waiting list at once.
 */
export async function updateSession({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { id: string; patch: SessionPatchT };
}): Promise<ManagedTrainingT> {
  requirePermission(ctx, 'training.manage');
  const p = input.patch;
  const { result, after } = await inTx(ctx, async (tx) => {
    const current = await getSession(tx, input.id);
    const t = await getTraining(tx, current.trainingId, { lock: true });
    const s = await getSession(tx, input.id, { lock: true });
    const startsAt = p.startsAt ? new Date(p.startsAt) : s.startsAt;
    const endsAt = p.endsAt ? new Date(p.endsAt) : s.endsAt;
    const trainerId = p.trainerId !== undefined ? p.trainerId : s.trainerId;
    await checkSession(tx, { trainingId: t.id, startsAt, endsAt, trainerId: p.trainerId }, s.id);
    const taken = (await seatCounts(tx, [s.id])).get(s.id)?.taken ?? 0;
    if (p.seats !== undefined && p.seats < taken)
      throw invalid('training.seats_below_enrolled', { taken }, [{ path: 'seats', code: 'below_enrolled', minimum: taken }]);
    await tx.db
      .update(trainingSessions)
      .set({
        startsAt,
        endsAt,
        trainerId,
        seats: p.seats ?? s.seats,
        place: p.place !== undefined ? p.place || null : s.place,
        onlineUrl: p.onlineUrl !== undefined ? p.onlineUrl || null : s.onlineUrl,
      })
      .where(ofOrg(tx, trainingSessions, eq(trainingSessions.id, s.id)));
    const promoted = await promoteWaitlist(tx, t, s.id);
    await recordAudit({
      ctx: tx,
      input: {
        action: 'training.session_updated',
        targetType: 'training',
        targetId: t.id,
        targetName: t.title,
        data: { sessionId: s.id, fields: Object.keys(p) },
      },
    });
    return { result: await getManagedTraining({ ctx: tx, input: { id: t.id } }), after: promoted };
  });
  await after(ctx.platform);
  return result;
}
