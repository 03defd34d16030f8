import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import type { FeedCardsT } from './contract';
import { learnerCards } from './learner-cards';
import { currentPerson } from './me';
import { trainingEnrolments, trainingFeedback, trainings } from './schema';

const SHOWN = 2;

/**
 * What the feed shows this person about training: at most two promoted trainings they are eligible for and have not
 * taken (overdue mandatory ones and those their manager endorsed or nudged first), and completed trainings waiting
 * for their feedback.
 */
export async function listFeedCards({ ctx }: { ctx: Ctx }): Promise<FeedCardsT> {
  requirePermission(ctx, 'training.learn');
  const me = await currentPerson(ctx);
  const offered = await ctx.db
    .select()
    .from(trainings)
    .where(ofOrg(ctx, trainings, and(eq(trainings.status, 'published'), eq(trainings.promoted, true))));
  const cards = (await learnerCards(ctx, me, offered)).filter(
    (c) => c.eligible && (!c.enrolment || ['cancelled', 'declined'].includes(c.enrolment.status)),
  );
  const rank = (c: (typeof cards)[number]) => (c.overdue ? 0 : c.nudge ? 1 : c.endorsement ? 2 : 3);
  cards.sort((a, b) => rank(a) - rank(b) || (a.nextSessionAt ?? '9').localeCompare(b.nextSessionAt ?? '9'));
  const feedbackDue = await ctx.db
    .select({ trainingId: trainings.id, title: trainings.title, enrolmentId: trainingEnrolments.id })
    .from(trainingEnrolments)
    .innerJoin(trainings, eq(trainings.id, trainingEnrolments.trainingId))
    .leftJoin(trainingFeedback, eq(trainingFeedback.enrolmentId, trainingEnrolments.id))
    .where(
      ofOrg(
        ctx,
        trainingEnrolments,
        and(eq(trainingEnrolments.personId, me.id), isNotNull(trainingEnrolments.completedAt), isNull(trainingFeedback.id)),
      ),
    )
    .limit(3);
  return { promote: cards.slice(0, SHOWN).map(({ eligible: _e, ...c }) => c), feedbackDue };
}
