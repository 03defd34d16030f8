import { and, desc, eq, inArray } from 'drizzle-orm';
import { actorOf, type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import { notFound } from '../../platform/errors';
import { can } from '../../platform/permissions';
import { findPeopleById, searchActivePeople } from '../people';
import { stories, storyTags } from './schema';
import { maySubmit } from './settings';
import { storyRow, storyViews } from './views';

/** The author's stories, newest first, with state, comments and reach; and whether they may submit. */
export async function myStories({ ctx }: { ctx: Ctx }) {
  const me = actorOf(ctx);
  const rows = await ctx.db
    .select()
    .from(stories)
    .where(ofOrg(ctx, stories, eq(stories.authorId, me.personId)))
    .orderBy(desc(stories.createdAt))
    .limit(100);
  return { maySubmit: await maySubmit(ctx, me.personId), items: await storyViews(ctx, rows) };
}

/** Comms' queue: stories waiting for a decision, oldest first. */
export async function moderationQueue({ ctx }: { ctx: Ctx }) {
  requirePermission(ctx, 'content.approve');
  const rows = await ctx.db
    .select()
    .from(stories)
    .where(ofOrg(ctx, stories, eq(stories.status, 'pending')))
    .orderBy(stories.submittedAt)
    .limit(200);
  return { items: await storyViews(ctx, rows) };
}

/** One story: its author, comms, and the colleagues it names (everyone once approved). */
export async function getStory({ ctx, input }: { ctx: Ctx; input: { id: string } }) {
  const me = actorOf(ctx);
  const row = await storyRow(ctx, input.id);
  const [tag] = await ctx.db
    .select({ personId: storyTags.personId })
    .from(storyTags)
    .where(ofOrg(ctx, storyTags, eq(storyTags.storyId, row.id), eq(storyTags.personId, me.personId)));
  const open = row.authorId === me.personId || row.status === 'approved' || can(me.roles, 'content.approve') || Boolean(tag);
  if (!open) throw notFound('story');
  const [view] = await storyViews(ctx, [row]);
  return view;
}

/** Stories that name me, so I can decline being named before publication. */
export async function taggedStories({ ctx }: { ctx: Ctx }) {
  const me = actorOf(ctx);
  const tags = await ctx.db
    .select({ storyId: storyTags.storyId, declined: storyTags.declined })
    .from(storyTags)
    .where(ofOrg(ctx, storyTags, eq(storyTags.personId, me.personId)))
    .orderBy(desc(storyTags.createdAt))
    .limit(100);
  if (tags.length === 0) return { items: [] };
  const rows = await ctx.db
    .select()
    .from(stories)
    .where(
      ofOrg(
        ctx,
        stories,
        inArray(
          stories.id,
          tags.map((t) => t.storyId),
        ),
      ),
    );
  const names = await findPeopleById(
    ctx,
    rows.map((r) => r.authorId),
  );
  return {
    items: tags.flatMap((t) => {
      const r = rows.find((s) => s.id === t.storyId);
      return r
        ? [{ id: r.id, author: names.get(r.authorId)?.name ?? '', body: r.body, status: r.status, declined: t.declined }]
        : [];
    }),
  };
}

/**
 * A named colleague declines being named. Approval removes declined tags before the post is made; after publication
 * the tag is removed from the story too (the post's text never names anyone: tags stay in Voce).
 */
export async function declineTag({ ctx, input }: { ctx: Ctx; input: { id: string } }) {
  const me = actorOf(ctx);
  const [row] = await ctx.db
    .update(storyTags)
    .set({ declined: true, declinedAt: new Date() })
    .where(ofOrg(ctx, storyTags, and(eq(storyTags.storyId, input.id), eq(storyTags.personId, me.personId))))
    .returning({ storyId: storyTags.storyId });
  if (!row) throw notFound('story');
  // Already published: the name leaves the story at once (the post's text was fixed at approval).
  await ctx.db.delete(storyTags).where(
    ofOrg(
      ctx,
      storyTags,
      eq(storyTags.storyId, input.id),
      eq(storyTags.personId, me.personId),
      inArray(
        storyTags.storyId,
        ctx.db
          .select({ id: stories.id })
          .from(stories)
          .where(ofOrg(ctx, stories, eq(stories.status, 'approved'))),
      ),
    ),
  );
  return { ok: true };
}

/** Colleagues to name in a story (active people of my organisation). */
export async function searchColleagues({ ctx, input }: { ctx: Ctx; input: { q: string } }) {
  actorOf(ctx);
  const found = await searchActivePeople(ctx, input.q);
  return { items: found.map((p) => ({ id: p.id, name: p.name })) };
}
