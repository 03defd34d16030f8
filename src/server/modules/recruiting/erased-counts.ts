import { asc, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { applications, erasedCandidates, type Stage, stageEvents } from './schema';

const monthOf = (d: Date) => d.toISOString().slice(0, 7);

/**
 * Before candidates are erased, what the aggregate counts need of them is kept without personal data (GDPR allows
 * anonymous statistics): job, source, referrer, a hire's directory person, and the month each stage was first
 * reached. So the funnel and the journey of past months do not shrink when candidates leave, and every count stays
 * consistent with the others. Call inside the erasing transaction, before the rows go.
 */
export async function keepAnonymisedCounts(db: DbOrTx, applicationIds: string[]): Promise<void> {
  if (applicationIds.length === 0) return;
  // Locked: two erasures of the same candidate at once leave one record, as the second then finds no row.
  const apps = await db.select().from(applications).where(inArray(applications.id, applicationIds)).for('update');
  if (apps.length === 0) return;
  const events = await db
    .select({ applicationId: stageEvents.applicationId, stage: stageEvents.stage, at: stageEvents.at })
    .from(stageEvents)
    .where(inArray(stageEvents.applicationId, applicationIds))
    .orderBy(asc(stageEvents.at));
  const reached = new Map<string, Partial<Record<Stage, string>>>();
  for (const a of apps) reached.set(a.id, { applied: monthOf(a.createdAt) });
  for (const e of events) {
    const r = reached.get(e.applicationId);
    if (r && !r[e.stage]) r[e.stage] = monthOf(e.at);
  }
  await db.insert(erasedCandidates).values(
    apps.map((a) => ({
      orgId: a.orgId,
      jobId: a.jobId,
      source: a.source,
      referrerId: a.selfReferral ? null : a.referrerId,
      personId: a.personId,
      reached: { ...reached.get(a.id), [a.stage]: reached.get(a.id)?.[a.stage] ?? monthOf(a.stageAt) },
    })),
  );
}
