import type { Ctx } from '../../platform/ctx';
import { awardRecognitionPoints } from '../ambassadors';
import { type PointKind, type PointsLadder, points } from './schema';

/**
 * Points for a referrer, once per (person, kind, subject) by a unique index: a retried job, a double click or a
 * stage moved back and forth never pays twice. Zero-point rungs are skipped. Points newly earned also feed the
 * ambassador programme's recognition when the organisation has it on, except the share rung: recognition already
 * counts every share itself, a job's included, and would pay it twice.
 */
export async function awardPoints(
  ctx: Ctx,
  personId: string,
  kind: PointKind,
  subjectId: string,
  ladder: PointsLadder,
): Promise<boolean> {
  if (ladder[kind] <= 0) return false;
  const added = await ctx.db
    .insert(points)
    .values({ orgId: ctx.orgId, personId, kind, subjectId, points: ladder[kind] })
    .onConflictDoNothing()
    .returning({ id: points.id });
  if (added.length === 0) return false;
  if (kind !== 'share')
    await awardRecognitionPoints(ctx, {
      personId,
      points: ladder[kind],
      sourceKey: `recruiting:${kind}:${subjectId}:${personId}`,
    });
  return true;
}
