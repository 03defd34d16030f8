import { type Ctx, requirePermission } from '../../platform/ctx';
import { getOrgSettings } from '../organisations';
import type { PostT } from './contract';
import { requireAudience } from './count-audience';
import { goLive, transition } from './transition';

/**
 * Draft → in review when the organisation requires approval; otherwise straight to scheduled or published. A post
 * that reaches nobody needs `confirmNoAudience` (asked now rather than found out when nobody shares it).
 */
export async function submitPost({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { id: string; confirmNoAudience?: boolean };
}): Promise<PostT> {
  requirePermission(ctx, 'content.write');
  await requireAudience(ctx, input.id, input.confirmNoAudience);
  const { approvalRequired } = await getOrgSettings({ ctx });
  return transition(ctx, input.id, 'submitted', ['draft'], (row) => {
    if (!approvalRequired) return { ...goLive(row), reviewComment: null, approvedBy: null };
    goLive(row); // refuse now, not at approval, a post whose expiry has already passed
    return { status: 'in_review', reviewComment: null };
  });
}
