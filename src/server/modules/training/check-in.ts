import { and, eq } from 'drizzle-orm';
import { type Ctx, inTx, ofOrg } from '../../platform/ctx';
import { notFound } from '../../platform/errors';
import { recordAudit } from '../audit';
import type { RosterT } from './contract';
import { getRoster, sessionForTrainer } from './get-roster';
import { markCompleted } from './mark-completed';
import { getTraining } from './rows';
import { trainingEnrolments } from './schema';

/**
 * The trainer checks a participant in: attending the session completes the training. Unchecking undoes only a
 * check-in (a completion from the LMS stays).
 */
export async function checkIn({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { sessionId: string; personId: string; present: boolean };
}): Promise<RosterT> {
  const s = await sessionForTrainer(ctx, input.sessionId);
  await inTx(ctx, async (tx) => {
    const t = await getTraining(tx, s.trainingId);
    const [e] = await tx.db
      .select()
      .from(trainingEnrolments)
      .where(
        ofOrg(
          tx,
          trainingEnrolments,
          and(
            eq(trainingEnrolments.sessionId, s.id),
            eq(trainingEnrolments.personId, input.personId),
            eq(trainingEnrolments.status, 'enrolled'),
          ),
        ),
      )
      .for('update');
    if (!e) throw notFound('enrolment');
    if (input.present) await markCompleted(tx, { trainingId: t.id, personId: e.personId, source: 'checkin', at: new Date() });
    else
      await tx.db
        .update(trainingEnrolments)
        .set({ completedAt: null, completionSource: null, updatedAt: new Date() })
        .where(
          ofOrg(tx, trainingEnrolments, and(eq(trainingEnrolments.id, e.id), eq(trainingEnrolments.completionSource, 'checkin'))),
        );
    await recordAudit({
      ctx: tx,
      input: {
        action: input.present ? 'training.checked_in' : 'training.check_in_undone',
        targetType: 'training',
        targetId: t.id,
        targetName: t.title,
        data: { personId: e.personId },
      },
    });
  });
  return getRoster({ ctx, input: { id: s.id } });
}
