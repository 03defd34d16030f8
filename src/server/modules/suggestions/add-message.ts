import { and, eq, sql } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import type { Tx } from '../../platform/db/client';
import { conflict } from '../../platform/errors';
import { suggestionMessages, suggestions } from './schema';
import { today } from './secret';
import type { SuggestionRow } from './view';

/**
 * Appends a message to a thread whose suggestion row the caller has locked (for update): the next seq is then
 * certain. A clientId already used in this thread is a replayed request: 409, nothing doubled.
 */
export async function addMessage(
  ctx: Ctx & { db: Tx },
  s: SuggestionRow,
  side: 'author' | 'staff',
  input: { clientId: string; body: string },
) {
  const [dup] = await ctx.db
    .select({ seq: suggestionMessages.seq })
    .from(suggestionMessages)
    .where(
      ofOrg(
        ctx,
        suggestionMessages,
        and(eq(suggestionMessages.suggestionId, s.id), eq(suggestionMessages.clientId, input.clientId)),
      ),
    );
  if (dup) throw conflict('suggestions.replayed');
  const [{ next }] = await ctx.db
    .select({ next: sql<number>`coalesce(max(${suggestionMessages.seq}), 0) + 1` })
    .from(suggestionMessages)
    .where(ofOrg(ctx, suggestionMessages, eq(suggestionMessages.suggestionId, s.id)));
  await ctx.db.insert(suggestionMessages).values({
    orgId: ctx.orgId,
    suggestionId: s.id,
    seq: Number(next),
    side,
    body: input.body,
    on: today(),
    clientId: input.clientId,
  });
  if (side === 'staff')
    await ctx.db
      .update(suggestions)
      .set({ replyPending: true, firstReplyOn: s.firstReplyOn ?? today() })
      .where(ofOrg(ctx, suggestions, eq(suggestions.id, s.id)));
}
