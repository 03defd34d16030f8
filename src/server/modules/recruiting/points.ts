import type { DbOrTx } from '../../platform/db/client';
import { type PointKind, type PointsLadder, points } from './schema';

/**
 * Points for a referrer, once per (person, kind, subject) by a unique index: a retried job, a double click or a
 * stage moved back and forth never pays twice. Zero-point rungs are skipped.
 */
export async function awardPoints(
  db: { db: DbOrTx; orgId: string },
  personId: string,
  kind: PointKind,
  subjectId: string,
  ladder: PointsLadder,
): Promise<void> {
  if (ladder[kind] <= 0) return;
  await db.db.insert(points).values({ orgId: db.orgId, personId, kind, subjectId, points: ladder[kind] }).onConflictDoNothing();
}
