import { and, asc, eq } from 'drizzle-orm';
import { type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { t } from '../../platform/i18n';
import { recordAudit } from '../audit';
import { createPost, publishApprovedDraft, uploadPostImage } from '../content';
import { findPeopleById } from '../people';
import type { ApproveBodyT } from './contract';
import { lockPendingStory } from './moderate';
import { notifyAuthor } from './notify';
import { photoStorageKey } from './photos/photo-store';
import { stories, storyModeration, storyPhotos, storyTags } from './schema';
import type { StoryRow } from './views';

/** The post's picture: the story's first photo, copied into the content hub's images (its share cards show it). */
async function coverImage(ctx: Ctx, storyId: string): Promise<string | null> {
  const [first] = await ctx.db
    .select({ key: storyPhotos.key })
    .from(storyPhotos)
    .where(ofOrg(ctx, storyPhotos, eq(storyPhotos.storyId, storyId)))
    .orderBy(asc(storyPhotos.position))
    .limit(1);
  const stored = first && (await ctx.platform.storage.get(photoStorageKey(ctx.orgId, first.key)));
  if (!stored) return null;
  const file = new File([stored.bytes as Uint8Array<ArrayBuffer>], first.key, { type: stored.contentType });
  return (await uploadPostImage({ ctx, input: { file } })).key;
}

/** Title credited to the author in both languages; the body is the author's words and the colleagues still named. */
async function postTexts(ctx: Ctx, row: StoryRow) {
  const tags = await ctx.db
    .select({ personId: storyTags.personId })
    .from(storyTags)
    .where(ofOrg(ctx, storyTags, eq(storyTags.storyId, row.id)));
  const names = await findPeopleById(ctx, [row.authorId, ...tags.map((x) => x.personId)]);
  const author = names.get(row.authorId)?.name ?? '';
  const named = tags
    .map((x) => names.get(x.personId)?.name)
    .filter(Boolean)
    .join(', ');
  const body = (locale: 'it' | 'en') => (named ? `${row.body}\n\n${t(locale, 'stories:post.with', { names: named })}` : row.body);
  return {
    it: { title: t('it', 'stories:post.title', { name: author }), body: body('it') },
    en: { title: t('en', 'stories:post.title', { name: author }), body: body('en') },
  };
}

/**
 * Approves a pending story: declined tags are removed first, then the story becomes a published post of the content
 * hub (credited to its author, targetable and shareable like any post, with the captions the editor adds).
 */
export async function approveStory({ ctx, input }: { ctx: Ctx; input: ApproveBodyT & { id: string } }) {
  requirePermission(ctx, 'content.approve');
  const { postId, after } = await inTx(ctx, (tx) => approveInTx(tx, input, true));
  await after(ctx.platform);
  return { id: input.id, postId };
}

/** The approval's writes in the caller's transaction; the demo seed calls it without e-mail (`notify` false). */
export async function approveInTx(tx: Ctx, input: ApproveBodyT & { id: string }, notify: boolean) {
  const row = await lockPendingStory(tx, input.id);
  await tx.db.delete(storyTags).where(ofOrg(tx, storyTags, and(eq(storyTags.storyId, row.id), eq(storyTags.declined, true))));
  const post = await createPost({
    ctx: tx,
    input: {
      texts: await postTexts(tx, row),
      url: row.link ?? `${tx.platform.config.publicUrl}/stories/${row.id}`,
      imageKey: await coverImage(tx, row.id),
      topics: ['stories'],
      language: 'all',
      captions: input.captions.map((c) => ({ ...c, network: 'any' as const })),
      targeting: { ...input.targeting, personIds: [] },
    },
  });
  await publishApprovedDraft({ ctx: tx, input: { id: post.id } });
  const now = new Date();
  const by = tx.actor?.personId ?? null;
  await tx.db
    .update(stories)
    .set({ status: 'approved', postId: post.id, moderatorNote: null, decidedBy: by, decidedAt: now, updatedAt: now })
    .where(ofOrg(tx, stories, eq(stories.id, row.id)));
  await tx.db.insert(storyModeration).values({ orgId: tx.orgId, storyId: row.id, actorId: by, action: 'approved' });
  await recordAudit({
    ctx: tx,
    input: { action: 'story.approved', targetType: 'story', targetId: row.id, data: { postId: post.id } },
  });
  const after = notify ? await notifyAuthor(tx, row.authorId, 'story_approved', null) : async () => {};
  return { postId: post.id, after };
}
