import { and, desc, eq, isNotNull, ne } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { trainingEnrolments, trainings } from './schema';

export type TrainingTarget = { id: string; title: string; status: string };

/** Courses another module may point at (onboarding "complete a training" steps): every one not archived. */
export async function listTrainingTargets(ctx: Ctx): Promise<TrainingTarget[]> {
  return ctx.db
    .select({ id: trainings.id, title: trainings.title, status: trainings.status })
    .from(trainings)
    .where(ofOrg(ctx, trainings, ne(trainings.status, 'archived')))
    .orderBy(desc(trainings.createdAt))
    .limit(500);
}

/** Whether a person completed a course (onboarding "complete a training" steps naming it complete themselves). */
export async function hasCompletedTraining(ctx: Ctx, input: { trainingId: string; personId: string }): Promise<boolean> {
  const [r] = await ctx.db
    .select({ id: trainingEnrolments.id })
    .from(trainingEnrolments)
    .where(
      ofOrg(
        ctx,
        trainingEnrolments,
        and(
          eq(trainingEnrolments.trainingId, input.trainingId),
          eq(trainingEnrolments.personId, input.personId),
          isNotNull(trainingEnrolments.completedAt),
        ),
      ),
    )
    .limit(1);
  return !!r;
}
