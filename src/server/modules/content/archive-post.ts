import { type Ctx, requirePermission } from '../../platform/ctx';
import type { PostT } from './contract';
import { transition } from './transition';

/**
 * Archive from any state: the post leaves feeds; shares and clicks already recorded stay. The status it had is kept,
 * so that the archive can be undone for RESTORE_DAYS (restorePost).
 */
export async function archivePost({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<PostT> {
  requirePermission(ctx, 'content.write');
  return transition(ctx, input.id, 'archived', ['draft', 'in_review', 'scheduled', 'published', 'expired'], (row) => ({
    status: 'archived',
    archivedFrom: row.status,
    archivedAt: new Date(),
  }));
}
