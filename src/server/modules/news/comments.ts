import { and, eq, isNull } from 'drizzle-orm';
import { actorOf, type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { notFound } from '../../platform/errors';
import { recordAudit } from '../audit';
import { queueMail } from '../mail';
import { findContacts } from '../people';
import { pick } from './load';
import { visibleNews } from './reader';
import { newsComments, newsReactions } from './schema';

/** A reader comments on a post aimed at them; the post's author gets an e-mail. */
export async function addComment({ ctx, input }: { ctx: Ctx; input: { id: string; body: string } }) {
  const actor = actorOf(ctx);
  const p = (await visibleNews(ctx)).find((x) => x.id === input.id);
  if (!p) throw notFound('post');
  const mail = await inTx(ctx, async (tx) => {
    const [c] = await tx.db
      .insert(newsComments)
      .values({ orgId: ctx.orgId, postId: p.id, personId: actor.personId, body: input.body })
      .returning();
    const author =
      p.createdBy && p.createdBy !== actor.personId ? (await findContacts(tx, [p.createdBy])).get(p.createdBy) : undefined;
    const queued =
      author && author.status !== 'inactive'
        ? await queueMail(ctx.platform, tx.db, {
            orgId: ctx.orgId,
            to: author.email,
            template: 'news_comment',
            locale: author.locale,
            vars: {
              url: `${ctx.platform.config.publicUrl}/news/${p.id}`,
              name: author.name,
              author: actor.name,
              title: pick(author.locale, p.titleIt, p.titleEn),
            },
          })
        : null;
    return { id: c.id, queued };
  });
  await mail.queued?.enqueue(ctx.platform);
  return { id: mail.id };
}

/** A moderator hides a comment with a reason (kept, never deleted; audited). Hiding twice changes nothing. */
export async function hideComment({ ctx, input }: { ctx: Ctx; input: { id: string; commentId: string; reason: string } }) {
  requirePermission(ctx, 'news.write');
  return inTx(ctx, async (tx) => {
    const [row] = await tx.db
      .update(newsComments)
      .set({ hiddenAt: new Date(), hiddenReason: input.reason, hiddenBy: ctx.actor?.personId ?? null })
      .where(
        ofOrg(
          tx,
          newsComments,
          eq(newsComments.id, input.commentId),
          eq(newsComments.postId, input.id),
          isNull(newsComments.hiddenAt),
        ),
      )
      .returning();
    if (!row) {
      const [exists] = await tx.db
        .select({ id: newsComments.id })
        .from(newsComments)
        .where(ofOrg(tx, newsComments, and(eq(newsComments.id, input.commentId), eq(newsComments.postId, input.id))));
      if (!exists) throw notFound('comment');
      return { hidden: true };
    }
    await recordAudit({
      ctx: tx,
      input: {
        action: 'news.comment_hidden',
        targetType: 'news_comment',
        targetId: row.id,
        data: { reason: input.reason, postId: input.id },
      },
    });
    return { hidden: true };
  });
}

/** Adds or removes one of my reactions to a post aimed at me. */
export async function react({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { id: string; kind: (typeof newsReactions.$inferSelect)['kind']; on: boolean };
}) {
  const actor = actorOf(ctx);
  const p = (await visibleNews(ctx)).find((x) => x.id === input.id);
  if (!p) throw notFound('post');
  if (input.on)
    await ctx.db
      .insert(newsReactions)
      .values({ orgId: ctx.orgId, postId: p.id, personId: actor.personId, kind: input.kind })
      .onConflictDoNothing();
  else
    await ctx.db
      .delete(newsReactions)
      .where(
        ofOrg(
          ctx,
          newsReactions,
          and(eq(newsReactions.postId, p.id), eq(newsReactions.personId, actor.personId), eq(newsReactions.kind, input.kind)),
        ),
      );
  return { ok: true };
}
