import { eq } from 'drizzle-orm';
import { type Ctx, inTx, ofOrg } from '../../platform/ctx';
import { AppError } from '../../platform/errors';
import { recordAudit } from '../audit';
import type { PostT } from './contract';
import { getPost, type PostRow } from './get-post';
import { schedulePostJobs } from './jobs';
import { lockPost } from './lock-post';
import { titleOf } from './post-texts';
import { type PostStatus, posts } from './schema';

type Change = Partial<typeof posts.$inferInsert>;

/** Where an approved post goes: scheduled while its publish time is ahead, published otherwise. */
export function goLive(row: PostRow, now = new Date()): Change {
  if (row.expireAt && row.expireAt <= now) throw new AppError('content.expire_in_past', 400);
  if (row.publishAt && row.publishAt > now) return { status: 'scheduled' };
  return { status: 'published', publishedAt: now };
}

/**
 * One workflow step: locks the post, checks its current status, applies the change and the audit row in one
 * transaction, then queues the precise publish/expire jobs. Any other starting status answers 409 invalid_transition,
 * also when a concurrent step got there first (the lock makes it wait and then see that step's status).
 */
export async function transition(
  ctx: Ctx,
  id: string,
  action: string,
  from: readonly PostStatus[],
  change: (row: PostRow) => Change,
  data: Record<string, unknown> = {},
): Promise<PostT> {
  const saved = await inTx(ctx, async (tx) => {
    const row = await lockPost(tx, id);
    if (!from.includes(row.status)) throw new AppError('content.invalid_transition', 409, { from: row.status, action });
    const set = change(row);
    await tx.db
      .update(posts)
      .set({ ...set, updatedAt: new Date() })
      .where(ofOrg(tx, posts, eq(posts.id, id)));
    await recordAudit({
      ctx: tx,
      input: {
        action: `post.${action}`,
        targetType: 'post',
        targetId: id,
        targetName: titleOf(row, ctx.locale),
        data: { from: row.status, to: set.status, ...data },
      },
    });
    return getPost({ ctx: tx, input: { id } });
  });
  await schedulePostJobs(ctx.platform, saved);
  return saved;
}
