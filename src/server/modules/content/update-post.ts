import { eq } from 'drizzle-orm';
import { type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { AppError } from '../../platform/errors';
import { recordAudit } from '../audit';
import type { PostPatchT, PostT } from './contract';
import { getPost, type PostRow } from './get-post';
import { schedulePostJobs } from './jobs';
import { lockPost } from './lock-post';
import { checkTargeting, replaceCaptions, replaceTargets } from './post-children';
import { columnsOf } from './post-fields';
import { titleOf } from './post-texts';
import { posts } from './schema';
import { checkWindow } from './validate-post';

/**
 * Drafts and posts in review are fully editable. Scheduled and published posts keep their destination link
 * (tracked links already point at it) but captions, audience, preview and dates may still change.
 * Expired and archived posts are read-only.
 */
function checkEditable(row: PostRow, input: PostPatchT, cols: ReturnType<typeof columnsOf>) {
  if (row.status === 'expired' || row.status === 'archived')
    throw new AppError('content.not_editable', 409, { status: row.status });
  const live = row.status === 'scheduled' || row.status === 'published';
  if (live && cols.url !== undefined && cols.url !== row.url) throw new AppError('content.url_locked', 409);
  if (row.status === 'published' && input.publishAt !== undefined && cols.publishAt?.getTime() !== row.publishAt?.getTime())
    throw new AppError('content.publish_at_locked', 409);
}

export async function updatePost({ ctx, input }: { ctx: Ctx; input: PostPatchT & { id: string } }): Promise<PostT> {
  requirePermission(ctx, 'content.write');
  const { id, ...patch } = input;
  const cols = columnsOf(patch);
  const saved = await inTx(ctx, async (tx) => {
    // Locked, so the status checked here is still the status when the edit lands: an approval running at the same
    // time waits, then publishes the edited link (or the edit waits and then finds the link locked).
    const row = await lockPost(tx, id);
    checkEditable(row, patch, cols);
    checkWindow(
      cols.publishAt !== undefined ? cols.publishAt : row.publishAt,
      cols.expireAt !== undefined ? cols.expireAt : row.expireAt,
    );
    if (patch.targeting) checkTargeting(patch.targeting);
    await tx.db
      .update(posts)
      .set({ ...cols, updatedAt: new Date() })
      .where(ofOrg(tx, posts, eq(posts.id, id)));
    if (patch.captions) await replaceCaptions(tx, id, patch.captions);
    if (patch.targeting) await replaceTargets(tx, id, patch.targeting);
    await recordAudit({
      ctx: tx,
      input: {
        action: 'post.updated',
        targetType: 'post',
        targetId: id,
        targetName: titleOf({ ...row, ...cols }, ctx.locale),
        data: { fields: Object.keys(patch) },
      },
    });
    return getPost({ ctx: tx, input: { id } });
  });
  await schedulePostJobs(ctx.platform, saved);
  return saved;
}
