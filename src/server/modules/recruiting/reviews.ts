import { eq } from 'drizzle-orm';
import { actorOf, type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { AppError } from '../../platform/errors';
import { recordAudit } from '../audit';
import { findPeopleById } from '../people';
import { lockApplication } from './lock-application';
import { reviews } from './schema';
import { isUniqueViolation } from './unique-violation';

/** A reviewer's rubric, once (a unique index: a double submit answers 409, never two reviews). Humans score; Voce only averages. */
export async function submitReview({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { id: string; scores: Record<string, number>; note: string };
}): Promise<void> {
  requirePermission(ctx, 'recruiting.manage');
  const me = actorOf(ctx);
  try {
    await inTx(ctx, async (tx) => {
      await lockApplication(tx, input.id);
      await tx.db
        .insert(reviews)
        .values({ orgId: ctx.orgId, applicationId: input.id, reviewerId: me.personId, scores: input.scores, note: input.note });
      await recordAudit({ ctx: tx, input: { action: 'recruiting.reviewed', targetType: 'application', targetId: input.id } });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('recruiting.already_reviewed', 409);
    throw err;
  }
}

/** Others' scores stay hidden from a reviewer until they have submitted their own (no anchoring). */
export async function listReviews({ ctx, input }: { ctx: Ctx; input: { id: string } }) {
  requirePermission(ctx, 'recruiting.manage');
  const me = actorOf(ctx);
  const rows = await ctx.db
    .select()
    .from(reviews)
    .where(ofOrg(ctx, reviews, eq(reviews.applicationId, input.id)));
  const mine = rows.some((r) => r.reviewerId === me.personId);
  const visible = mine ? rows : [];
  const names = await findPeopleById(
    ctx,
    visible.map((r) => r.reviewerId),
  );
  return {
    hidden: !mine && rows.length > 0,
    reviews: visible.map((r) => ({
      reviewerName: names.get(r.reviewerId)?.name ?? '',
      scores: r.scores,
      note: r.note,
      submittedAt: r.submittedAt.toISOString(),
    })),
  };
}

/** Mean of every criterion of every review (null without reviews). */
export function combinedScore(rows: { scores: Record<string, number> }[]): number | null {
  const all = rows.flatMap((r) => Object.values(r.scores));
  return all.length ? Math.round((all.reduce((a, b) => a + b, 0) / all.length) * 100) / 100 : null;
}
