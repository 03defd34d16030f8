import { asc, eq } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { postCaptions } from './schema';

/** The suggested captions of a post (all languages and networks), in the editor's order. */
export async function listPostCaptions({ ctx, input }: { ctx: Ctx; input: { postId: string } }) {
  return ctx.db
    .select()
    .from(postCaptions)
    .where(ofOrg(ctx, postCaptions, eq(postCaptions.postId, input.postId)))
    .orderBy(asc(postCaptions.locale), asc(postCaptions.position));
}
