import { and, eq } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { stories } from './schema';

/** Whether this post is the approved story of this person: their own share of it is personal, whatever the words. */
export async function isStoryAuthor(ctx: Ctx, postId: string, personId: string): Promise<boolean> {
  const [row] = await ctx.db
    .select({ id: stories.id })
    .from(stories)
    .where(ofOrg(ctx, stories, and(eq(stories.postId, postId), eq(stories.authorId, personId))))
    .limit(1);
  return Boolean(row);
}
