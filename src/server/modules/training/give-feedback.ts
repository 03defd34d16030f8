import { actorOf, type Ctx, requirePermission } from '../../platform/ctx';
import { conflict, notFound } from '../../platform/errors';
import type { FeedbackBodyT, MyEnrolmentT } from './contract';
import { getEnrolment } from './get-enrolment';
import { currentPerson } from './me';
import { enrolmentView } from './my-enrolment';
import { populationOf } from './population';
import { propositionsOf, today } from './rows';
import { trainingFeedback } from './schema';
import { isUniqueViolation } from './unique-violation';

/**
 * The learning relationship: after completing, the learner says how useful it was (1–5) and what would make it more
 * useful to them. Once per enrolment; kept with their population so L&D can read it by population.
 */
export async function giveFeedback({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { enrolmentId: string; body: FeedbackBodyT };
}): Promise<MyEnrolmentT> {
  requirePermission(ctx, 'training.learn');
  const actor = actorOf(ctx);
  const e = await getEnrolment(ctx, input.enrolmentId);
  if (e.personId !== actor.personId) throw notFound('enrolment');
  if (!e.completedAt) throw conflict('training.not_completed');
  const me = await currentPerson(ctx);
  const population = populationOf((await propositionsOf(ctx, [e.trainingId])).get(e.trainingId) ?? [], me, today());
  try {
    await ctx.db.insert(trainingFeedback).values({
      orgId: ctx.orgId,
      trainingId: e.trainingId,
      enrolmentId: e.id,
      propositionId: population?.id ?? null,
      populationLabel: population?.label ?? null,
      usefulness: input.body.usefulness,
      suggestion: input.body.suggestion,
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('training.feedback_given');
    throw err;
  }
  return enrolmentView(ctx, e);
}
