import { and, eq, isNotNull } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { newsPosts, newsReads } from './schema';

/** A published post by its Italian title (demo seeds of other modules point their steps at it). */
export async function findNewsByTitle(ctx: Ctx, titleIt: string): Promise<string | null> {
  const [r] = await ctx.db
    .select({ id: newsPosts.id })
    .from(newsPosts)
    .where(ofOrg(ctx, newsPosts, eq(newsPosts.titleIt, titleIt)))
    .limit(1);
  return r?.id ?? null;
}

/** Whether a person opened a post (onboarding "read a post" steps). */
export async function hasRead(ctx: Ctx, input: { postId: string; personId: string }): Promise<boolean> {
  const [r] = await ctx.db
    .select({ p: newsReads.postId })
    .from(newsReads)
    .where(ofOrg(ctx, newsReads, and(eq(newsReads.postId, input.postId), eq(newsReads.personId, input.personId))));
  return !!r;
}

/** Whether a person acknowledged a must-read (onboarding "acknowledge a policy" steps). */
export async function hasAcknowledged(ctx: Ctx, input: { postId: string; personId: string }): Promise<boolean> {
  const [r] = await ctx.db
    .select({ p: newsReads.postId })
    .from(newsReads)
    .where(
      ofOrg(
        ctx,
        newsReads,
        and(eq(newsReads.postId, input.postId), eq(newsReads.personId, input.personId), isNotNull(newsReads.acknowledgedAt)),
      ),
    );
  return !!r;
}
