import { and, eq, gt, lt, ne } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { invalid, notFound } from '../../platform/errors';
import { findPeopleById } from '../people';
import { trainingSessions } from './schema';

/**
 * A session ends after it starts, does not overlap another session of the same training (the same trainer and
 * room would be booked twice; a repeat is a later session), and its trainer is one of the organisation's people.
 * The caller holds the training's row lock, so two sessions added at once cannot both pass the overlap check.
 */
export async function checkSession(
  ctx: Ctx,
  s: { trainingId: string; startsAt: Date; endsAt: Date; trainerId?: string | null },
  exceptId?: string,
) {
  if (s.endsAt.getTime() <= s.startsAt.getTime())
    throw invalid('training.session_ends_before_start', {}, [{ path: 'endsAt', code: 'ends_before_start' }]);
  const [overlap] = await ctx.db
    .select({ id: trainingSessions.id, startsAt: trainingSessions.startsAt })
    .from(trainingSessions)
    .where(
      ofOrg(
        ctx,
        trainingSessions,
        and(
          eq(trainingSessions.trainingId, s.trainingId),
          lt(trainingSessions.startsAt, s.endsAt),
          gt(trainingSessions.endsAt, s.startsAt),
          exceptId ? ne(trainingSessions.id, exceptId) : undefined,
        ),
      ),
    )
    .limit(1);
  if (overlap)
    throw invalid('training.session_overlap', { at: overlap.startsAt.toISOString() }, [{ path: 'startsAt', code: 'overlap' }]);
  if (s.trainerId && !(await findPeopleById(ctx, [s.trainerId])).has(s.trainerId)) throw notFound('person');
}
