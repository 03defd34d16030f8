import crypto from 'node:crypto';
import { desc, eq, inArray } from 'drizzle-orm';
import { actorOf, type Ctx, ofOrg } from '../../platform/ctx';
import { notFound } from '../../platform/errors';
import { can } from '../../platform/permissions';
import { findPeopleById } from '../people';
import type { QaSessionT } from './contract';
import { qaAnswers, qaAskers, qaQuestions, qaSessions, qaVotes } from './schema';

export const voterKey = (ctx: Ctx, questionId: string, personId: string) =>
  crypto.createHmac('sha256', ctx.platform.config.secret).update(`qa-vote:${ctx.orgId}:${questionId}:${personId}`).digest('hex');

export async function findSession(ctx: Ctx, id: string) {
  const [s] = await ctx.db
    .select()
    .from(qaSessions)
    .where(ofOrg(ctx, qaSessions, eq(qaSessions.id, id)));
  if (!s) throw notFound('session');
  return s;
}

/**
 * A session as the reader may see it: everyone sees approved and answered questions, most voted first; moderators
 * also the pending and rejected ones. Anonymous questions carry no name, to anyone.
 */
export async function sessionView(ctx: Ctx, id: string): Promise<QaSessionT> {
  const actor = actorOf(ctx);
  const s = await findSession(ctx, id);
  const moderator = can(actor.roles, 'qa.moderate');
  const all = await ctx.db
    .select()
    .from(qaQuestions)
    .where(ofOrg(ctx, qaQuestions, eq(qaQuestions.sessionId, s.id)))
    .orderBy(desc(qaQuestions.votes), desc(qaQuestions.askedOn));
  const ids = all.map((q) => q.id);
  const [askers, answers, myVotes] = ids.length
    ? await Promise.all([
        ctx.db
          .select()
          .from(qaAskers)
          .where(ofOrg(ctx, qaAskers, inArray(qaAskers.questionId, ids))),
        ctx.db
          .select()
          .from(qaAnswers)
          .where(ofOrg(ctx, qaAnswers, inArray(qaAnswers.questionId, ids))),
        ctx.db
          .select()
          .from(qaVotes)
          .where(
            ofOrg(
              ctx,
              qaVotes,
              inArray(
                qaVotes.voterKey,
                ids.map((q) => voterKey(ctx, q, actor.personId)),
              ),
            ),
          ),
      ])
    : [[], [], []];
  const names = await findPeopleById(ctx, [
    ...new Set([...s.leaderIds, ...askers.map((a) => a.personId), ...answers.flatMap((a) => (a.leaderId ? [a.leaderId] : []))]),
  ]);
  const voted = new Set(myVotes.map((v) => v.questionId));
  const visible = all.filter(
    (q) =>
      moderator ||
      q.status === 'approved' ||
      q.status === 'answered' ||
      askers.some((a) => a.questionId === q.id && a.personId === actor.personId),
  );
  return {
    id: s.id,
    title: s.title,
    description: s.description,
    status: s.status,
    leaders: s.leaderIds.map((l) => ({ id: l, name: names.get(l)?.name ?? '' })),
    canModerate: moderator,
    canAnswer: s.leaderIds.includes(actor.personId),
    questions: visible.map((q) => {
      const asker = askers.find((a) => a.questionId === q.id);
      const answer = answers.find((a) => a.questionId === q.id);
      return {
        id: q.id,
        body: q.body,
        anonymous: q.anonymous,
        askerName: asker ? (names.get(asker.personId)?.name ?? null) : null,
        mine: asker?.personId === actor.personId,
        status: q.status,
        votes: q.votes,
        myVote: voted.has(q.id),
        askedOn: q.askedOn,
        answer: answer
          ? {
              leaderName: answer.leaderId ? (names.get(answer.leaderId)?.name ?? null) : null,
              body: answer.body,
              mediaUrl: answer.mediaKey ? `/api/news/media/${answer.mediaKey}` : null,
            }
          : null,
      };
    }),
  };
}
