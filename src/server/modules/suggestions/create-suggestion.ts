import { actorOf, type Ctx, inTx } from '../../platform/ctx';
import { conflict, invalid } from '../../platform/errors';
import type { SuggestionBodyT } from './contract';
import { suggestionAuthors, suggestions } from './schema';
import { hashSecret, today } from './secret';

const isUnique = (err: unknown) => {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.code === '23505' || e?.cause?.code === '23505';
};

/**
 * Sends a suggestion. Anonymous: the row keeps only the hash of the secret the browser made (the author's way back
 * to the thread); nothing is audited, nothing names the sender. Named: the author link is written beside it.
 */
export async function createSuggestion({ ctx, input }: { ctx: Ctx; input: SuggestionBodyT }) {
  const actor = actorOf(ctx);
  if (input.anonymous && !input.secret) throw invalid('suggestions.secret_required');
  if (!input.anonymous && input.secret) throw invalid('suggestions.secret_not_allowed');
  try {
    return await inTx(ctx, async (tx) => {
      const [row] = await tx.db
        .insert(suggestions)
        .values({
          orgId: ctx.orgId,
          category: input.category,
          title: input.title,
          body: input.body,
          anonymous: input.anonymous,
          secretHash: input.secret ? hashSecret(input.secret) : null,
          createdOn: today(),
        })
        .returning({ id: suggestions.id });
      if (!input.anonymous)
        await tx.db.insert(suggestionAuthors).values({ orgId: ctx.orgId, suggestionId: row.id, personId: actor.personId });
      return { id: row.id };
    });
  } catch (err) {
    // A secret already in use (a replayed creation, or a browser reusing one): never two threads behind one secret.
    if (isUnique(err)) throw conflict('suggestions.secret_used');
    throw err;
  }
}
