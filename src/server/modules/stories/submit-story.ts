import { and, eq, inArray, notInArray } from 'drizzle-orm';
import { actorOf, type Ctx, inTx, ofOrg } from '../../platform/ctx';
import { AppError, notFound } from '../../platform/errors';
import { eventExists } from '../events';
import { findPeopleById } from '../people';
import type { StoryInputT } from './contract';
import { notifyTagged } from './notify';
import { ownPhotos } from './photos/photo-store';
import { stories, storyModeration, storyPhotos, storyTags } from './schema';
import { maySubmit } from './settings';

/** http/https only, no credentials in the address: the link ends up behind a tracked link people click. */
function checkLink(raw: string | null): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AppError('stories.invalid_link', 400);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname || url.username || url.password)
    throw new AppError('stories.invalid_link', 400);
  return url.toString();
}

async function checkInput(ctx: Ctx, personId: string, input: StoryInputT, storyId: string | null) {
  const link = checkLink(input.link);
  const tagIds = [...new Set(input.tagIds)].filter((id) => id !== personId);
  const found = await findPeopleById(ctx, tagIds);
  if (found.size !== tagIds.length) throw new AppError('stories.unknown_colleague', 422);
  if (input.eventId && !(await eventExists({ ctx, eventId: input.eventId }))) throw new AppError('stories.unknown_event', 422);
  await ownPhotos(ctx, personId, input.photoKeys, storyId);
  return { link, tagIds };
}

/** Attaches the photos in order and replaces the tags (a colleague who already declined stays declined). */
async function attach(ctx: Ctx, storyId: string, input: StoryInputT, tagIds: string[]) {
  for (const [position, key] of input.photoKeys.entries())
    await ctx.db
      .update(storyPhotos)
      .set({ storyId, position })
      .where(ofOrg(ctx, storyPhotos, eq(storyPhotos.key, key)));
  const dropped = ofOrg(ctx, storyPhotos, eq(storyPhotos.storyId, storyId));
  await ctx.db
    .update(storyPhotos)
    .set({ storyId: null })
    .where(input.photoKeys.length ? and(dropped, notInArray(storyPhotos.key, input.photoKeys)) : dropped);
  const existing = await ctx.db
    .select({ personId: storyTags.personId })
    .from(storyTags)
    .where(ofOrg(ctx, storyTags, eq(storyTags.storyId, storyId)));
  const had = new Set(existing.map((t) => t.personId));
  const gone = [...had].filter((id) => !tagIds.includes(id));
  if (gone.length)
    await ctx.db
      .delete(storyTags)
      .where(ofOrg(ctx, storyTags, eq(storyTags.storyId, storyId), inArray(storyTags.personId, gone)));
  const added = tagIds.filter((id) => !had.has(id));
  if (added.length) await ctx.db.insert(storyTags).values(added.map((personId) => ({ orgId: ctx.orgId, storyId, personId })));
  return added;
}

/** An employee submits a story; the colleagues named are told by e-mail and may decline. */
export async function submitStory({ ctx, input }: { ctx: Ctx; input: StoryInputT }): Promise<{ id: string }> {
  const me = actorOf(ctx);
  if (!(await maySubmit(ctx, me.personId))) throw new AppError('stories.not_allowed', 403);
  const { link, tagIds } = await checkInput(ctx, me.personId, input, null);
  const { id, after } = await inTx(ctx, async (tx) => {
    const now = new Date();
    const [row] = await tx.db
      .insert(stories)
      .values({
        orgId: ctx.orgId,
        authorId: me.personId,
        locale: input.locale,
        body: input.body,
        link,
        eventId: input.eventId,
        consentAt: now,
        submittedAt: now,
      })
      .returning({ id: stories.id });
    const added = await attach(tx, row.id, input, tagIds);
    await tx.db.insert(storyModeration).values({ orgId: ctx.orgId, storyId: row.id, actorId: me.personId, action: 'submitted' });
    return { id: row.id, after: await notifyTagged(tx, row.id, me.name, added) };
  });
  await after(ctx.platform);
  return { id };
}

/** The author edits a story comms sent back, and it returns to the queue (only from changes_requested). */
export async function resubmitStory({ ctx, input }: { ctx: Ctx; input: StoryInputT & { id: string } }): Promise<{ id: string }> {
  const me = actorOf(ctx);
  const { link, tagIds } = await checkInput(ctx, me.personId, input, input.id);
  const after = await inTx(ctx, async (tx) => {
    const [row] = await tx.db
      .update(stories)
      .set({
        body: input.body,
        locale: input.locale,
        link,
        eventId: input.eventId,
        consentAt: new Date(),
        status: 'pending',
        submittedAt: new Date(),
        updatedAt: new Date(),
      })
      .where(
        ofOrg(tx, stories, eq(stories.id, input.id), eq(stories.authorId, me.personId), eq(stories.status, 'changes_requested')),
      )
      .returning({ id: stories.id });
    if (!row) {
      const [exists] = await tx.db
        .select({ id: stories.id })
        .from(stories)
        .where(ofOrg(tx, stories, eq(stories.id, input.id), eq(stories.authorId, me.personId)));
      if (!exists) throw notFound('story');
      throw new AppError('stories.not_editable', 409);
    }
    const added = await attach(tx, row.id, input, tagIds);
    await tx.db
      .insert(storyModeration)
      .values({ orgId: ctx.orgId, storyId: row.id, actorId: me.personId, action: 'resubmitted' });
    return notifyTagged(tx, row.id, me.name, added);
  });
  await after(ctx.platform);
  return { id: input.id };
}
