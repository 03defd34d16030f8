import { and, eq, sql } from 'drizzle-orm';
import { actorOf, type Ctx, inTx, ofOrg } from '../../platform/ctx';
import { notFound } from '../../platform/errors';
import { suggestions, suggestionVotes } from './schema';
import { voterKey } from './secret';

/** Adds (on) or takes back (off) my vote; one vote each, counted exactly under concurrent clicks. */
export async function voteSuggestion({ ctx, input }: { ctx: Ctx; input: { id: string; on: boolean } }) {
  const actor = actorOf(ctx);
  return inTx(ctx, async (tx) => {
    const [row] = await tx.db
      .select({ id: suggestions.id })
      .from(suggestions)
      .where(ofOrg(tx, suggestions, eq(suggestions.id, input.id)));
    if (!row) throw notFound('suggestion');
    const key = voterKey(ctx.platform, ctx.orgId, row.id, actor.personId);
    const changed = input.on
      ? await tx.db
          .insert(suggestionVotes)
          .values({ orgId: ctx.orgId, suggestionId: row.id, voterKey: key })
          .onConflictDoNothing()
          .returning()
      : await tx.db
          .delete(suggestionVotes)
          .where(ofOrg(tx, suggestionVotes, and(eq(suggestionVotes.suggestionId, row.id), eq(suggestionVotes.voterKey, key))))
          .returning();
    const delta = changed.length ? (input.on ? 1 : -1) : 0;
    const [after] = await tx.db
      .update(suggestions)
      .set({ votes: sql`${suggestions.votes} + ${delta}` })
      .where(ofOrg(tx, suggestions, eq(suggestions.id, row.id)))
      .returning({ votes: suggestions.votes });
    return { votes: after.votes, myVote: input.on };
  });
}
