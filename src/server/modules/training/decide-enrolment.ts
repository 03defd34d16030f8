import { and, eq } from 'drizzle-orm';
import { actorOf, type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { conflict, forbidden } from '../../platform/errors';
import { can } from '../../platform/permissions';
import { recordAudit } from '../audit';
import { type After, nothingAfter } from './after-commit';
import { getEnrolment } from './get-enrolment';
import { orgPeople } from './org-people';
import { promoteWaitlist } from './promote-waitlist';
import { getSession, getTraining } from './rows';
import { trainingEnrolments } from './schema';

/**
 * A manager above the learner (or L&D) approves or declines a request. The status moves only from `pending`, so when
 * two managers decide at once exactly one decision stands; the other gets 409. A decline frees the seat.
 */
export async function decideEnrolment({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { id: string; decision: 'approve' | 'decline' };
}): Promise<void> {
  const actor = actorOf(ctx);
  const manages = can(actor.roles, 'training.manage');
  if (!manages) requirePermission(ctx, 'training.team');
  const seen = await getEnrolment(ctx, input.id);
  const people = await orgPeople(ctx);
  if (!manages && !people.hierarchy.chainOf(seen.personId).includes(actor.personId)) throw forbidden();
  let after: After = nothingAfter;
  await inTx(ctx, async (tx) => {
    if (seen.sessionId) await getSession(tx, seen.sessionId, { lock: true });
    const [moved] = await tx.db
      .update(trainingEnrolments)
      .set({
        status: input.decision === 'approve' ? 'enrolled' : 'declined',
        decidedBy: actor.personId,
        decidedAt: new Date(),
        updatedAt: new Date(),
      })
      .where(ofOrg(tx, trainingEnrolments, and(eq(trainingEnrolments.id, seen.id), eq(trainingEnrolments.status, 'pending'))))
      .returning();
    if (!moved) throw conflict('training.already_decided');
    const t = await getTraining(tx, moved.trainingId);
    if (input.decision === 'decline' && moved.sessionId) after = await promoteWaitlist(tx, t, moved.sessionId);
    await recordAudit({
      ctx: tx,
      input: {
        action: input.decision === 'approve' ? 'training.enrolment_approved' : 'training.enrolment_declined',
        targetType: 'training',
        targetId: t.id,
        targetName: t.title,
        data: { personId: moved.personId, person: people.byId.get(moved.personId)?.name ?? null },
      },
    });
  });
  await after(ctx.platform);
}
