import { and, eq, lt, or, sql } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import type { MyEnrolmentT } from './contract';
import { iso } from './rows';
import { trainingEnrolments, trainingFeedback } from './schema';

type EnrolmentRow = typeof trainingEnrolments.$inferSelect;

/** A learner's enrolment as they see it: status, place in the waiting list, their feedback. */
export async function enrolmentView(ctx: Ctx, e: EnrolmentRow): Promise<MyEnrolmentT> {
  let waitlistPosition: number | null = null;
  if (e.status === 'waitlisted' && e.sessionId) {
    const [{ ahead }] = await ctx.db
      .select({ ahead: sql<number>`count(*)::int` })
      .from(trainingEnrolments)
      .where(
        ofOrg(
          ctx,
          trainingEnrolments,
          and(
            eq(trainingEnrolments.sessionId, e.sessionId),
            eq(trainingEnrolments.status, 'waitlisted'),
            or(
              lt(trainingEnrolments.createdAt, e.createdAt),
              and(eq(trainingEnrolments.createdAt, e.createdAt), lt(trainingEnrolments.id, e.id)),
            ),
          ),
        ),
      );
    waitlistPosition = ahead + 1;
  }
  const [fb] = await ctx.db
    .select({ usefulness: trainingFeedback.usefulness, suggestion: trainingFeedback.suggestion })
    .from(trainingFeedback)
    .where(ofOrg(ctx, trainingFeedback, eq(trainingFeedback.enrolmentId, e.id)));
  return {
    id: e.id,
    status: e.status,
    sessionId: e.sessionId,
    completedAt: iso(e.completedAt),
    waitlistPosition,
    feedback: fb ?? null,
  };
}

export async function myEnrolment(ctx: Ctx, id: string): Promise<MyEnrolmentT> {
  const [e] = await ctx.db
    .select()
    .from(trainingEnrolments)
    .where(ofOrg(ctx, trainingEnrolments, eq(trainingEnrolments.id, id)));
  return enrolmentView(ctx, e);
}
