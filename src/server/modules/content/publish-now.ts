import { type Ctx, requirePermission } from '../../platform/ctx';
import type { PostT } from './contract';
import { goLive, transition } from './transition';

/**
 * Publishes a draft at once, for content another module's own review already approved (an employee's story approved
 * in the stories queue): the approver is the caller, so no second review step.
 */
export async function publishApprovedDraft({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<PostT> {
  requirePermission(ctx, 'content.approve');
  return transition(ctx, input.id, 'approved', ['draft'], (row) => ({
    ...goLive(row),
    reviewComment: null,
    approvedBy: ctx.actor?.personId ?? null,
  }));
}
