import { and, eq, inArray } from 'drizzle-orm';
import { actorOf, type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { conflict, notFound } from '../../platform/errors';
import { can } from '../../platform/permissions';
import { type After, nothingAfter } from './after-commit';
import type { MyEnrolmentT } from './contract';
import { getEnrolment } from './get-enrolment';
import { enrolmentView } from './my-enrolment';
import { promoteWaitlist } from './promote-waitlist';
import { getSession, getTraining } from './rows';
import { trainingEnrolments } from './schema';

/**
 * The learner gives up their place (or L&D cancel it): the seat goes to the first person waiting. Locks the session
 * first, then the enrolment, in the same order as enrolling, so a cancellation and an enrolment never deadlock.
 */
export async function cancelEnrolment({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<MyEnrolmentT> {
  requirePermission(ctx, 'training.learn');
  const actor = actorOf(ctx);
  const seen = await getEnrolment(ctx, input.id);
  // Someone else's enrolment does not exist for a learner (no hint that it does).
  if (seen.personId !== actor.personId && !can(actor.roles, 'training.manage')) throw notFound('enrolment');
  let after: After = nothingAfter;
  const view = await inTx(ctx, async (tx) => {
    if (seen.sessionId) await getSession(tx, seen.sessionId, { lock: true });
    const e = await getEnrolment(tx, input.id, { lock: true });
    if (e.completedAt) throw conflict('training.already_completed');
    const [moved] = await tx.db
      .update(trainingEnrolments)
      .set({ status: 'cancelled', updatedAt: new Date() })
      .where(
        ofOrg(
          tx,
          trainingEnrolments,
          and(eq(trainingEnrolments.id, e.id), inArray(trainingEnrolments.status, ['enrolled', 'pending', 'waitlisted'])),
        ),
      )
      .returning();
    if (!moved) throw conflict('training.not_enrolled');
    if (e.sessionId && e.sessionId === seen.sessionId)
      after = await promoteWaitlist(tx, await getTraining(tx, e.trainingId), e.sessionId);
    return enrolmentView(tx, moved);
  });
  await after(ctx.platform);
  return view;
}
