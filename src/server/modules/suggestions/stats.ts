import { and, desc, eq, gte, lt, sql } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { suggestions } from './schema';

/** Done suggestions with what was done, newest first: the suggestion box's part of the "you said, we did" board. */
export async function listDoneSuggestions(ctx: Ctx, limit = 50) {
  return ctx.db
    .select({
      id: suggestions.id,
      title: suggestions.title,
      outcome: suggestions.outcome,
      closedOn: suggestions.closedOn,
      votes: suggestions.votes,
    })
    .from(suggestions)
    .where(ofOrg(ctx, suggestions, eq(suggestions.status, 'done')))
    .orderBy(desc(suggestions.closedOn))
    .limit(limit);
}

/**
 * Throughput of the box for the dashboard, for suggestions received in [from, to) (days; to open-ended when absent): how many, how many got a
 * first reply, the mean days to it, how many were acted on (done) or declined.
 */
export async function suggestionStats(ctx: Ctx, from: string, to?: string) {
  const [row] = await ctx.db
    .select({
      received: sql<number>`count(*)::int`,
      answered: sql<number>`count(${suggestions.firstReplyOn})::int`,
      daysToReply: sql<number | null>`avg(${suggestions.firstReplyOn} - ${suggestions.createdOn})::float`,
      done: sql<number>`count(*) filter (where ${suggestions.status} = 'done')::int`,
      declined: sql<number>`count(*) filter (where ${suggestions.status} = 'declined')::int`,
    })
    .from(suggestions)
    .where(ofOrg(ctx, suggestions, and(gte(suggestions.createdOn, from), to ? lt(suggestions.createdOn, to) : undefined)));
  return {
    received: row?.received ?? 0,
    answered: row?.answered ?? 0,
    daysToFirstReply: row?.daysToReply === null || row?.daysToReply === undefined ? null : Math.round(row.daysToReply * 10) / 10,
    done: row?.done ?? 0,
    declined: row?.declined ?? 0,
  };
}
