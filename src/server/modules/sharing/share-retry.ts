import { and, desc, eq, gt, sql } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { shares } from './schema';

/**
 * A second identical share this soon after the first is a double click or a retry, not a new share: it answers the
 * first one instead of inflating the share counts.
 */
export const SHARE_RETRY_SECONDS = 30;

/**
 * Makes one person's shares of one post wait for each other until the transaction ends. An advisory lock lives in
 * the database, so it holds across processes; the look-up that follows sees what the previous holder committed.
 */
export async function lockSharer(ctx: Ctx, personId: string, postId: string): Promise<void> {
  await ctx.db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`share:${personId}:${postId}`}, 0))`);
}

type Attempt = { personId: string; postId: string; network: string; text: string };

/** The same person's share of the same post, network and text within the retry window, if any. */
export async function findRetriedShare(ctx: Ctx, a: Attempt) {
  const [row] = await ctx.db
    .select({ id: shares.id, personalised: shares.personalised })
    .from(shares)
    .where(
      ofOrg(
        ctx,
        shares,
        and(
          eq(shares.personId, a.personId),
          eq(shares.postId, a.postId),
          eq(shares.network, a.network),
          eq(shares.text, a.text),
          gt(shares.createdAt, sql`now() - make_interval(secs => ${SHARE_RETRY_SECONDS})`),
        ),
      ),
    )
    .orderBy(desc(shares.createdAt))
    .limit(1);
  return row ?? null;
}
