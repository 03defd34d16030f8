import { and, eq } from 'drizzle-orm';
import { type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { AppError, notFound } from '../../platform/errors';
import { recordAudit } from '../audit';
import { notifyAuthor } from './notify';
import { type StoryStatus, stories, storyModeration } from './schema';
import type { StoryRow } from './views';

/** The story row locked until the transaction ends: of two moderators deciding at once, the second waits, then sees. */
export async function lockPendingStory(ctx: Ctx, id: string): Promise<StoryRow> {
  const [row] = await ctx.db
    .select()
    .from(stories)
    .where(ofOrg(ctx, stories, eq(stories.id, id)))
    .for('update');
  if (!row) throw notFound('story');
  if (row.status !== 'pending') throw new AppError('stories.already_decided', 409, { status: row.status });
  return row;
}

type Verdict = { status: Extract<StoryStatus, 'changes_requested' | 'declined'>; note: string };

/** Sends the story back to its author with a comment, or declines it with a reason; exactly one decision stands. */
async function decide(ctx: Ctx, id: string, v: Verdict) {
  requirePermission(ctx, 'content.approve');
  const after = await inTx(ctx, async (tx) => {
    const row = await lockPendingStory(tx, id);
    const now = new Date();
    await tx.db
      .update(stories)
      .set({ status: v.status, moderatorNote: v.note, decidedBy: ctx.actor?.personId ?? null, decidedAt: now, updatedAt: now })
      .where(ofOrg(tx, stories, and(eq(stories.id, id), eq(stories.status, 'pending'))));
    await tx.db
      .insert(storyModeration)
      .values({ orgId: ctx.orgId, storyId: id, actorId: ctx.actor?.personId ?? null, action: v.status, note: v.note });
    await recordAudit({
      ctx: tx,
      input: {
        action: v.status === 'declined' ? 'story.declined' : 'story.changes_requested',
        targetType: 'story',
        targetId: id,
        data: { note: v.note },
      },
    });
    return notifyAuthor(tx, row.authorId, v.status === 'declined' ? 'story_declined' : 'story_changes_requested', v.note);
  });
  await after(ctx.platform);
  return { ok: true };
}

export const requestChanges = ({ ctx, input }: { ctx: Ctx; input: { id: string; note: string } }) =>
  decide(ctx, input.id, { status: 'changes_requested', note: input.note });

export const declineStory = ({ ctx, input }: { ctx: Ctx; input: { id: string; note: string } }) =>
  decide(ctx, input.id, { status: 'declined', note: input.note });
