import { asc, eq } from 'drizzle-orm';
import { type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import { notFound } from '../../platform/errors';
import type { TrainingDetailT } from './contract';
import { learnerCards } from './learner-cards';
import { currentPerson } from './me';
import { getTraining, sessionsOf } from './rows';
import { trainingChanges, trainingFeedback } from './schema';
import { sessionViews } from './session-views';

/**
 * One training for the signed-in learner. Drafts and archived trainings do not exist for them, unless they took part
 * (they may still give feedback and read what changed).
 */
export async function getTrainingDetail({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<TrainingDetailT> {
  requirePermission(ctx, 'training.learn');
  const me = await currentPerson(ctx);
  const t = await getTraining(ctx, input.id);
  const [card] = await learnerCards(ctx, me, [t]);
  if (t.status !== 'published' && !card.enrolment) throw notFound('training');
  const [sessions, changes] = await Promise.all([
    sessionsOf(ctx, [t.id]),
    ctx.db
      .select({ note: trainingChanges.note, at: trainingChanges.createdAt })
      .from(trainingChanges)
      .where(ofOrg(ctx, trainingChanges, eq(trainingChanges.trainingId, t.id)))
      .orderBy(asc(trainingChanges.createdAt)),
  ]);
  const [fb] = card.enrolment
    ? await ctx.db
        .select({ at: trainingFeedback.createdAt })
        .from(trainingFeedback)
        .where(ofOrg(ctx, trainingFeedback, eq(trainingFeedback.enrolmentId, card.enrolment.id)))
    : [];
  const { eligible, ...rest } = card;
  return {
    ...rest,
    eligible,
    description: t.description,
    organisationalNeed: t.organisationalNeed,
    elearningUrl: t.elearningUrl,
    requiresApproval: t.requiresApproval,
    sessions: await sessionViews(ctx, sessions.get(t.id) ?? []),
    changes: changes.map((c) => ({ note: c.note, at: c.at.toISOString(), afterMyFeedback: !!fb && c.at > fb.at })),
  };
}
