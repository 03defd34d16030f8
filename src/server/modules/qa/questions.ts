import { and, eq, sql } from 'drizzle-orm';
import { actorOf, type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { conflict, forbidden, notFound } from '../../platform/errors';
import { recordAudit } from '../audit';
import { assertOwnMedia } from '../news';
import { qaAnswers, qaAskers, qaQuestions, qaVotes } from './schema';
import { findSession, sessionView, voterKey } from './view';

async function findQuestion(ctx: Ctx, sessionId: string, id: string) {
  const [q] = await ctx.db
    .select()
    .from(qaQuestions)
    .where(ofOrg(ctx, qaQuestions, eq(qaQuestions.id, id), eq(qaQuestions.sessionId, sessionId)));
  if (!q) throw notFound('question');
  return q;
}

/** An employee asks, named or anonymous (anonymous: nothing stored says who; no audit row either). */
export async function ask({ ctx, input }: { ctx: Ctx; input: { id: string; body: string; anonymous: boolean } }) {
  const actor = actorOf(ctx);
  const s = await findSession(ctx, input.id);
  if (s.status !== 'open') throw conflict('qa.closed');
  await inTx(ctx, async (tx) => {
    const [q] = await tx.db
      .insert(qaQuestions)
      .values({
        orgId: ctx.orgId,
        sessionId: s.id,
        body: input.body,
        anonymous: input.anonymous,
        askedOn: new Date().toISOString().slice(0, 10),
      })
      .returning();
    if (!input.anonymous) await tx.db.insert(qaAskers).values({ orgId: ctx.orgId, questionId: q.id, personId: actor.personId });
  });
  return sessionView(ctx, s.id);
}

/** One vote per colleague on an approved question; voting twice changes nothing. */
export async function vote({ ctx, input }: { ctx: Ctx; input: { id: string; questionId: string } }) {
  const actor = actorOf(ctx);
  await inTx(ctx, async (tx) => {
    const q = await findQuestion(tx, input.id, input.questionId);
    if (q.status !== 'approved' && q.status !== 'answered') throw notFound('question');
    const added = await tx.db
      .insert(qaVotes)
      .values({ orgId: ctx.orgId, questionId: q.id, voterKey: voterKey(ctx, q.id, actor.personId) })
      .onConflictDoNothing()
      .returning();
    if (added.length)
      await tx.db
        .update(qaQuestions)
        .set({ votes: sql`${qaQuestions.votes} + 1` })
        .where(ofOrg(tx, qaQuestions, eq(qaQuestions.id, q.id)));
  });
  return sessionView(ctx, input.id);
}

/** Moderators approve or reject a pending question (a conditional update: a second moderator gets 409). */
export async function moderate({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { id: string; questionId: string; decision: 'approved' | 'rejected' };
}) {
  requirePermission(ctx, 'qa.moderate');
  await inTx(ctx, async (tx) => {
    const [q] = await tx.db
      .update(qaQuestions)
      .set({ status: input.decision })
      .where(
        ofOrg(
          tx,
          qaQuestions,
          and(eq(qaQuestions.id, input.questionId), eq(qaQuestions.sessionId, input.id), eq(qaQuestions.status, 'pending')),
        ),
      )
      .returning();
    if (!q) {
      await findQuestion(tx, input.id, input.questionId);
      throw conflict('qa.already_moderated');
    }
    await recordAudit({ ctx: tx, input: { action: `qa.question_${input.decision}`, targetType: 'qa_question', targetId: q.id } });
  });
  return sessionView(ctx, input.id);
}

/** A leader of the session answers an approved question in text, audio or video; it stays browsable. */
export async function answer({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { id: string; questionId: string; body: string; mediaKey: string | null };
}) {
  const actor = actorOf(ctx);
  const s = await findSession(ctx, input.id);
  if (!s.leaderIds.includes(actor.personId)) throw forbidden();
  if (!input.body && !input.mediaKey) throw conflict('qa.empty_answer');
  await inTx(ctx, async (tx) => {
    const [q] = await tx.db
      .update(qaQuestions)
      .set({ status: 'answered' })
      .where(
        ofOrg(
          tx,
          qaQuestions,
          and(eq(qaQuestions.id, input.questionId), eq(qaQuestions.sessionId, s.id), eq(qaQuestions.status, 'approved')),
        ),
      )
      .returning();
    if (!q) {
      await findQuestion(tx, s.id, input.questionId);
      throw conflict('qa.not_answerable');
    }
    await assertOwnMedia(ctx, input.mediaKey);
    await tx.db
      .insert(qaAnswers)
      .values({ orgId: ctx.orgId, questionId: q.id, leaderId: actor.personId, body: input.body, mediaKey: input.mediaKey });
  });
  return sessionView(ctx, s.id);
}
