import { type Ctx, requirePermission } from '../../platform/ctx';
import { AppError } from '../../platform/errors';
import { getOrgSettings } from '../organisations';
import type { PostT } from './contract';
import { requireAudience } from './count-audience';
import { goLive, transition } from './transition';

/**
 * An approver publishes (or schedules) a post in review; under required approval, never their own. Like submitting,
 * a post that reaches nobody needs `confirmNoAudience`.
 */
export async function approvePost({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { id: string; confirmNoAudience?: boolean };
}): Promise<PostT> {
  requirePermission(ctx, 'content.approve');
  await requireAudience(ctx, input.id, input.confirmNoAudience);
  const { approvalRequired } = await getOrgSettings({ ctx });
  return transition(ctx, input.id, 'approved', ['in_review'], (row) => {
    if (approvalRequired && ctx.actor && row.createdBy === ctx.actor.personId) throw new AppError('content.self_approval', 403);
    return { ...goLive(row), reviewComment: null, approvedBy: ctx.actor?.personId ?? null };
  });
}

/** An approver returns a post to its editor with a comment shown in the editor. */
export async function sendBackPost({ ctx, input }: { ctx: Ctx; input: { id: string; comment: string } }): Promise<PostT> {
  requirePermission(ctx, 'content.approve');
  return transition(ctx, input.id, 'sent_back', ['in_review'], () => ({ status: 'draft', reviewComment: input.comment }), {
    comment: input.comment,
  });
}
