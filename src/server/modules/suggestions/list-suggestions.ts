import { and, count, desc, eq, inArray } from 'drizzle-orm';
import { actorOf, type Ctx, ofOrg } from '../../platform/ctx';
import type { SuggestionT } from './contract';
import { type SuggestionStatus, suggestions, suggestionVotes } from './schema';
import { voterKey } from './secret';
import { authorNames, toSuggestion } from './view';

/** The suggestion box as colleagues see it (to upvote), newest or most voted first, with counts by status. */
export async function listSuggestions({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { status?: SuggestionStatus; sort: 'votes' | 'recent' };
}): Promise<{ items: SuggestionT[]; counts: Record<string, number> }> {
  const actor = actorOf(ctx);
  const rows = await ctx.db
    .select()
    .from(suggestions)
    .where(ofOrg(ctx, suggestions, input.status ? eq(suggestions.status, input.status) : undefined))
    .orderBy(...(input.sort === 'votes' ? [desc(suggestions.votes)] : []), desc(suggestions.createdOn), desc(suggestions.id))
    .limit(200);
  const keys = new Map(rows.map((r) => [voterKey(ctx.platform, ctx.orgId, r.id, actor.personId), r.id]));
  const mine = keys.size
    ? await ctx.db
        .select({ suggestionId: suggestionVotes.suggestionId })
        .from(suggestionVotes)
        .where(ofOrg(ctx, suggestionVotes, and(inArray(suggestionVotes.voterKey, [...keys.keys()]))))
    : [];
  const voted = new Set(mine.map((m) => m.suggestionId));
  const names = await authorNames(ctx, rows);
  const counts = await ctx.db
    .select({ status: suggestions.status, n: count() })
    .from(suggestions)
    .where(ofOrg(ctx, suggestions))
    .groupBy(suggestions.status);
  return {
    items: rows.map((r) => toSuggestion(r, names, voted.has(r.id))),
    counts: Object.fromEntries(counts.map((c) => [c.status, Number(c.n)])),
  };
}
