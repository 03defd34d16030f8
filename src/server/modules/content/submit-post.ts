import { type Ctx, requirePermission } from '../../platform/ctx';
import { getOrgSettings } from '../organisations';
import type { PostT } from './contract';
import { goLive, transition } from './transition';

/** Draft → in review when the organisation requires approval; otherwise straight to scheduled or published. */
export async function submitPost({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<PostT> {
  requirePermission(ctx, 'content.write');
  const { approvalRequired } = await getOrgSettings({ ctx });
  return transition(ctx, input.id, 'submitted', ['draft'], (row) => {
    if (!approvalRequired) return { ...goLive(row), reviewComment: null, approvedBy: null };
    goLive(row); // refuse now, not at approval, a post whose expiry has already passed
    return { status: 'in_review', reviewComment: null };
  });
}
