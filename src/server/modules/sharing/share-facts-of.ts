import { asc, ne } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { anyUuid } from '../../platform/db/any-of';
import { shares } from './schema';

export type ShareOfPost = { id: string; postId: string; personId: string; linkId: string; createdAt: Date };

/**
 * Shares (not cancelled) of some posts or by some people, oldest first: recruiting reads who shared a job and a new
 * hire's first share through this, not the table.
 */
export async function shareFactsOf(ctx: Ctx, filter: { postIds?: string[]; personIds?: string[] }): Promise<ShareOfPost[]> {
  if (filter.postIds?.length === 0 || filter.personIds?.length === 0) return [];
  return ctx.db
    .select({
      id: shares.id,
      postId: shares.postId,
      personId: shares.personId,
      linkId: shares.linkId,
      createdAt: shares.createdAt,
    })
    .from(shares)
    .where(
      ofOrg(
        ctx,
        shares,
        ne(shares.status, 'cancelled'),
        filter.postIds ? anyUuid(shares.postId, filter.postIds) : undefined,
        filter.personIds ? anyUuid(shares.personId, filter.personIds) : undefined,
      ),
    )
    .orderBy(asc(shares.createdAt))
    .limit(50_000);
}
