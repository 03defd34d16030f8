import { and, eq, inArray } from 'drizzle-orm';
import { actorOf, type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import { AppError, notFound } from '../../platform/errors';
import type { ShareAnswerT, ShareStateT } from './contract';
import { type ShareStatus, shares } from './schema';

const statusOf: Record<ShareAnswerT, ShareStatus> = { posted: 'confirmed', not_yet: 'not_yet', changed_mind: 'cancelled' };

/**
 * My answer to "did you post it?" for one of my shares. Only a share still open (started, or "not yet") takes an
 * answer, under a conditional update: two answers at once (two tabs) leave exactly one, the other is told 409.
 */
export async function answerShare({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { shareId: string; answer: ShareAnswerT };
}): Promise<ShareStateT> {
  requirePermission(ctx, 'share');
  const mine = and(eq(shares.id, input.shareId), eq(shares.personId, actorOf(ctx).personId));
  const [row] = await ctx.db
    .update(shares)
    .set({ status: statusOf[input.answer], answeredAt: new Date() })
    .where(ofOrg(ctx, shares, mine, inArray(shares.status, ['started', 'not_yet'])))
    .returning({ id: shares.id, status: shares.status });
  if (row) return { shareId: row.id, status: row.status };
  const [existing] = await ctx.db
    .select({ status: shares.status })
    .from(shares)
    .where(ofOrg(ctx, shares, mine));
  if (!existing) throw notFound('share');
  throw new AppError('sharing.already_answered', 409, { status: existing.status });
}
