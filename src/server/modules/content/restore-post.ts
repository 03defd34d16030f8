import { type Ctx, requirePermission } from '../../platform/ctx';
import { AppError } from '../../platform/errors';
import type { PostT } from './contract';
import type { PostRow } from './get-post';
import { transition } from './transition';

/** How long an archived post can be put back where it was: long enough to notice a mistake after a weekend. */
export const RESTORE_DAYS = 7;
const DAY_MS = 86_400_000;

/** Until when the archive of this post can be undone; null when it is not archived or has no status to return to. */
export function restorableUntil(row: Pick<PostRow, 'status' | 'archivedFrom' | 'archivedAt'>): Date | null {
  if (row.status !== 'archived' || !row.archivedFrom || !row.archivedAt) return null;
  return new Date(row.archivedAt.getTime() + RESTORE_DAYS * DAY_MS);
}

/**
 * Undoes an archive: the post returns to the status it had, locked like every workflow step (two restores, or a
 * restore racing another step, apply one after the other and the second answers 409). Time moves on while a post
 * is archived: a scheduled post whose time came is published, and one whose expiry passed comes back expired.
 */
export async function restorePost({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<PostT> {
  requirePermission(ctx, 'content.write');
  return transition(ctx, input.id, 'restored', ['archived'], (row) => {
    const until = restorableUntil(row);
    if (!until || until <= new Date()) throw new AppError('content.restore_expired', 409, { days: RESTORE_DAYS });
    const now = new Date();
    const cleared = { archivedFrom: null, archivedAt: null };
    const to = row.archivedFrom!;
    if ((to === 'scheduled' || to === 'published') && row.expireAt && row.expireAt <= now)
      return { ...cleared, status: 'expired' };
    if (to === 'scheduled' && (!row.publishAt || row.publishAt <= now))
      return { ...cleared, status: 'published', publishedAt: row.publishAt ?? now };
    return { ...cleared, status: to };
  });
}
