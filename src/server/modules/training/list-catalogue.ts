import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import { type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import type { CatalogueT } from './contract';
import { learnerCards } from './learner-cards';
import { currentPerson } from './me';
import { trainingSessions, trainings } from './schema';

const WEEK = 7 * 86_400_000;

/** The trainings offered to me (eligible, or ones I am enrolled in), what is most pressing first; sessions I lead. */
export async function listCatalogue({ ctx }: { ctx: Ctx }): Promise<CatalogueT> {
  requirePermission(ctx, 'training.learn');
  const me = await currentPerson(ctx);
  const published = await ctx.db
    .select()
    .from(trainings)
    .where(ofOrg(ctx, trainings, eq(trainings.status, 'published')))
    .orderBy(asc(trainings.title));
  const cards = (await learnerCards(ctx, me, published)).filter((c) => c.eligible || c.enrolment);
  const rank = (c: (typeof cards)[number]) =>
    c.overdue
      ? 0
      : c.enrolment && !c.enrolment.completedAt && c.enrolment.status !== 'cancelled'
        ? 1
        : c.enrolment?.completedAt
          ? 4
          : c.endorsement
            ? 2
            : 3;
  cards.sort((a, b) => rank(a) - rank(b) || (a.nextSessionAt ?? '9').localeCompare(b.nextSessionAt ?? '9'));
  const leading = await ctx.db
    .select({
      sessionId: trainingSessions.id,
      trainingId: trainings.id,
      title: trainings.title,
      startsAt: trainingSessions.startsAt,
    })
    .from(trainingSessions)
    .innerJoin(trainings, eq(trainings.id, trainingSessions.trainingId))
    .where(
      ofOrg(
        ctx,
        trainingSessions,
        and(
          eq(trainingSessions.trainerId, me.id),
          gt(trainingSessions.endsAt, new Date(Date.now() - WEEK)),
          inArray(trainings.status, ['published']),
        ),
      ),
    )
    .orderBy(asc(trainingSessions.startsAt));
  return {
    items: cards.map(({ eligible: _e, ...c }) => c),
    leading: leading.map((l) => ({ ...l, startsAt: l.startsAt.toISOString() })),
  };
}
