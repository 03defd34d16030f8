import { type Ctx, inTx, requirePermission } from '../../platform/ctx';
import { recordAudit } from '../audit';
import type { PostInputT, PostT } from './contract';
import { getPost } from './get-post';
import { checkTargeting, replaceCaptions, replaceTargets } from './post-children';
import { columnsOf } from './post-fields';
import { titleOf } from './post-texts';
import { posts } from './schema';
import { checkWindow, toDate } from './validate-post';

/** A new draft with its captions and audience. */
export async function createPost({ ctx, input }: { ctx: Ctx; input: PostInputT }): Promise<PostT> {
  requirePermission(ctx, 'content.write');
  checkWindow(toDate(input.publishAt), toDate(input.expireAt));
  checkTargeting(input.targeting);
  const cols = columnsOf(input);
  return inTx(ctx, async (tx) => {
    const [row] = await tx.db
      .insert(posts)
      .values({
        ...cols,
        url: cols.url ?? input.url,
        orgId: ctx.orgId,
        status: 'draft',
        createdBy: ctx.actor?.personId ?? null,
      })
      .returning();
    await replaceCaptions(tx, row.id, input.captions);
    await replaceTargets(tx, row.id, input.targeting);
    await recordAudit({
      ctx: tx,
      input: { action: 'post.created', targetType: 'post', targetId: row.id, targetName: titleOf(row, ctx.locale) },
    });
    return getPost({ ctx: tx, input: { id: row.id } });
  });
}
