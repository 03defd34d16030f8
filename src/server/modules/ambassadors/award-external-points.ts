import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/ctx';
import { rankingOptOuts } from '../sharing';
import { pointsLedger, recognition } from './schema';

/**
 * Points another module earned for someone (recruiting's referral ladder) added to recognition, only while the
 * organisation has recognition on and never for someone who opted out of rankings. `sourceKey` is unique per thing
 * that earned them, so a retried caller adds nothing twice. Returns whether points were added.
 */
export async function awardRecognitionPoints(
  ctx: Ctx,
  award: { personId: string; points: number; sourceKey: string },
): Promise<boolean> {
  if (award.points <= 0) return false;
  const [s] = await ctx.db.select().from(recognition).where(eq(recognition.orgId, ctx.orgId));
  if (!s?.enabled) return false;
  if ((await rankingOptOuts(ctx)).has(award.personId)) return false;
  const added = await ctx.db
    .insert(pointsLedger)
    .values({ orgId: ctx.orgId, personId: award.personId, kind: 'referral', points: award.points, sourceKey: award.sourceKey })
    .onConflictDoNothing()
    .returning({ id: pointsLedger.id });
  return added.length > 0;
}
