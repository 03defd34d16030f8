import { and, eq, sql } from 'drizzle-orm';
import { actorOf, type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { conflict, forbidden, invalid, notFound } from '../../platform/errors';
import { listOrgPeople } from '../people';
import { type After, nothingAfter } from './after-commit';
import { askApproval } from './ask-approval';
import type { EnrolBodyT, MyEnrolmentT } from './contract';
import { myEnrolment } from './my-enrolment';
import { isEligible } from './population';
import { getSession, getTraining, propositionsOf, today } from './rows';
import { trainingEnrolments, trainingSessions } from './schema';

/**
 * Enrols the signed-in person in a published training they are eligible for: in a session with a free seat (or on
 * its waiting list), or in a training without sessions (e-learning). A training that requires approval waits for the
 * line manager, holding the seat. Seats are counted under the session's row lock: never oversold, whatever the
 * number of people enrolling at once. Enrolling twice answers the first enrolment.
 */
export async function enrol({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { trainingId: string; body: EnrolBodyT };
}): Promise<MyEnrolmentT> {
  requirePermission(ctx, 'training.learn');
  const actor = actorOf(ctx);
  const t = await getTraining(ctx, input.trainingId, { published: true });
  const [me] = await listOrgPeople(ctx, { ids: [actor.personId] });
  const props = (await propositionsOf(ctx, [t.id])).get(t.id) ?? [];
  if (!me || !isEligible(props, me, today())) throw forbidden();
  const [anySession] = await ctx.db
    .select({ id: trainingSessions.id })
    .from(trainingSessions)
    .where(ofOrg(ctx, trainingSessions, eq(trainingSessions.trainingId, t.id)))
    .limit(1);
  const sessionId = input.body.sessionId ?? null;
  if (anySession && !sessionId) throw invalid('training.session_required', {}, [{ path: 'sessionId' }]);

  let after: After = nothingAfter;
  const id = await inTx(ctx, async (tx) => {
    const session = sessionId ? await getSession(tx, sessionId, { lock: true }) : null;
    if (session && session.trainingId !== t.id) throw notFound('session');
    if (session && session.startsAt.getTime() <= Date.now()) throw conflict('training.session_started');
    const [existing] = await tx.db
      .select()
      .from(trainingEnrolments)
      .where(ofOrg(tx, trainingEnrolments, and(eq(trainingEnrolments.trainingId, t.id), eq(trainingEnrolments.personId, me.id))))
      .for('update');
    if (existing?.completedAt) throw conflict('training.already_completed');
    if (existing && ['enrolled', 'pending', 'waitlisted'].includes(existing.status)) {
      if (existing.sessionId === sessionId) return existing.id;
      throw conflict('training.already_enrolled');
    }
    let status: 'enrolled' | 'pending' | 'waitlisted' = t.requiresApproval ? 'pending' : 'enrolled';
    if (session) {
      const [{ taken }] = await tx.db
        .select({ taken: sql<number>`count(*)::int` })
        .from(trainingEnrolments)
        .where(
          ofOrg(
            tx,
            trainingEnrolments,
            and(eq(trainingEnrolments.sessionId, session.id), sql`${trainingEnrolments.status} in ('enrolled', 'pending')`),
          ),
        );
      if (taken >= session.seats) status = 'waitlisted';
    }
    const fields = {
      sessionId,
      status,
      channel: input.body.channel ?? 'catalogue',
      decidedBy: null,
      decidedAt: null,
      updatedAt: new Date(),
    };
    let rowId: string;
    if (existing) {
      await tx.db
        .update(trainingEnrolments)
        .set(fields)
        .where(ofOrg(tx, trainingEnrolments, eq(trainingEnrolments.id, existing.id)));
      rowId = existing.id;
    } else {
      // Without a session there is no row to lock: a double click is settled by the unique (training, person) index.
      const [row] = await tx.db
        .insert(trainingEnrolments)
        .values({ ...fields, orgId: ctx.orgId, trainingId: t.id, personId: me.id, createdAt: new Date() })
        .onConflictDoNothing({ target: [trainingEnrolments.trainingId, trainingEnrolments.personId] })
        .returning({ id: trainingEnrolments.id });
      if (!row) {
        const [other] = await tx.db
          .select({ id: trainingEnrolments.id })
          .from(trainingEnrolments)
          .where(
            ofOrg(tx, trainingEnrolments, and(eq(trainingEnrolments.trainingId, t.id), eq(trainingEnrolments.personId, me.id))),
          );
        return other.id;
      }
      rowId = row.id;
    }
    if (status === 'pending') after = await askApproval(tx, t, me);
    return rowId;
  });
  await after(ctx.platform);
  return myEnrolment(ctx, id);
}
