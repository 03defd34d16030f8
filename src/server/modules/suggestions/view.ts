import { asc, eq, inArray } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { findPeopleById } from '../people';
import type { SuggestionT, ThreadT } from './contract';
import { suggestionAuthors, suggestionMessages, type suggestions } from './schema';

export type SuggestionRow = typeof suggestions.$inferSelect;

/** Names of the authors of the named suggestions among these (anonymous ones have none to find). */
export async function authorNames(ctx: Ctx, rows: SuggestionRow[]): Promise<Map<string, string>> {
  const named = rows.filter((r) => !r.anonymous).map((r) => r.id);
  if (named.length === 0) return new Map();
  const links = await ctx.db
    .select()
    .from(suggestionAuthors)
    .where(ofOrg(ctx, suggestionAuthors, inArray(suggestionAuthors.suggestionId, named)));
  const people = await findPeopleById(
    ctx,
    links.map((l) => l.personId),
  );
  return new Map(links.map((l) => [l.suggestionId, people.get(l.personId)?.name ?? '']));
}

export function toSuggestion(r: SuggestionRow, names: Map<string, string>, myVote = false): SuggestionT {
  return {
    id: r.id,
    category: r.category,
    title: r.title,
    body: r.body,
    anonymous: r.anonymous,
    authorName: r.anonymous ? null : (names.get(r.id) ?? null),
    status: r.status,
    reason: r.reason,
    outcome: r.outcome,
    votes: r.votes,
    myVote,
    createdOn: r.createdOn,
    firstReplyOn: r.firstReplyOn,
  };
}

/** The whole conversation of a suggestion (for HR, the named author, or whoever holds the anonymous secret). */
export async function threadOf(ctx: Ctx, r: SuggestionRow): Promise<ThreadT> {
  const messages = await ctx.db
    .select()
    .from(suggestionMessages)
    .where(ofOrg(ctx, suggestionMessages, eq(suggestionMessages.suggestionId, r.id)))
    .orderBy(asc(suggestionMessages.seq));
  const { myVote: _mine, ...suggestion } = toSuggestion(r, await authorNames(ctx, [r]));
  return {
    suggestion,
    messages: messages.map((m) => ({ seq: m.seq, side: m.side, body: m.body, on: m.on })),
    noticeAt: r.noticeAt,
  };
}
