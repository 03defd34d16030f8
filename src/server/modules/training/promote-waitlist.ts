import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import type { Tx } from '../../platform/db/client';
import { listOrgPeople } from '../people';
import { type After, allAfter } from './after-commit';
import { formatWhen, localeOf, queueTrainingMail, say, trainingUrl } from './mail';
import type { TrainingRow } from './rows';
import { trainingEnrolments, trainingSessions } from './schema';

/**
 * Fills the free seats of a session from its waiting list, first come first served. The caller holds the session's
 * row lock (enrolments take it too), so a seat is never given twice. Each person promoted is told by e-mail.
 */
export async function promoteWaitlist(ctx: Ctx & { db: Tx }, training: TrainingRow, sessionId: string): Promise<After> {
  const [s] = await ctx.db
    .select({
      seats: trainingSessions.seats,
      startsAt: trainingSessions.startsAt,
      taken: sql<number>`(select count(*)::int from ${trainingEnrolments} e where e.session_id = ${trainingSessions.id}
        and e.status in ('enrolled', 'pending'))`,
    })
    .from(trainingSessions)
    .where(ofOrg(ctx, trainingSessions, eq(trainingSessions.id, sessionId)));
  const free = s ? s.seats - s.taken : 0;
  if (free <= 0) return async () => {};
  const next = await ctx.db
    .select({ id: trainingEnrolments.id, personId: trainingEnrolments.personId })
    .from(trainingEnrolments)
    .where(
      ofOrg(
        ctx,
        trainingEnrolments,
        and(eq(trainingEnrolments.sessionId, sessionId), eq(trainingEnrolments.status, 'waitlisted')),
      ),
    )
    .orderBy(asc(trainingEnrolments.createdAt), asc(trainingEnrolments.id))
    .limit(free);
  if (next.length === 0) return async () => {};
  // Promoted into a training that needs approval, they wait for their manager's decision holding the seat.
  const status = training.requiresApproval ? ('pending' as const) : ('enrolled' as const);
  await ctx.db
    .update(trainingEnrolments)
    .set({ status, updatedAt: new Date() })
    .where(
      ofOrg(
        ctx,
        trainingEnrolments,
        inArray(
          trainingEnrolments.id,
          next.map((n) => n.id),
        ),
      ),
    );
  const people = await listOrgPeople(ctx, { ids: next.map((n) => n.personId) });
  const steps: After[] = [];
  for (const p of people) {
    const locale = localeOf(p);
    steps.push(
      await queueTrainingMail(ctx, 'training_promoted', p, {
        title: training.title,
        when: s ? formatWhen(locale, s.startsAt) : '',
        outcome: say(locale, status === 'pending' ? 'mail.promotedPending' : 'mail.promotedEnrolled'),
        url: trainingUrl(ctx, training.id),
      }),
    );
  }
  return allAfter(steps);
}
