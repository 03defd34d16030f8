import { and, asc, eq, notInArray } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { AppError, notFound } from '../../platform/errors';
import { recordAudit } from '../audit';
import { interviewOf, isOpen, openInterview, questionOf } from './interview-access';
import type { CandidateInterviewT } from './interview-contract';
import { answers, interviews, takes } from './interview-schema';
import { questionRows } from './questions';
import { getJobRow, jobTitle } from './rows';

/** What the candidate's interview page shows: the questions in their language, their own takes and chosen answers. */
export async function candidateInterview(ctx: Ctx, applicationId: string): Promise<CandidateInterviewT> {
  const row = await interviewOf(ctx, applicationId);
  const job = await getJobRow(ctx, row.jobId);
  const qs = await questionRows(ctx, row.jobId);
  const myTakes = await ctx.db
    .select()
    .from(takes)
    .where(ofOrg(ctx, takes, eq(takes.interviewId, row.interview.id)))
    .orderBy(asc(takes.number));
  const mine = await ctx.db
    .select()
    .from(answers)
    .where(ofOrg(ctx, answers, eq(answers.interviewId, row.interview.id)));
  const en = ctx.locale === 'en';
  return {
    jobTitle: jobTitle(job, ctx.locale),
    deadline: row.interview.deadline.toISOString(),
    submittedAt: row.interview.submittedAt?.toISOString() ?? null,
    closed: !isOpen(row),
    questions: qs.map((q) => {
      const a = mine.find((m) => m.questionId === q.id);
      return {
        id: q.id,
        text: en ? q.textEn : q.textIt,
        hasPrompt: Boolean(q.promptKey),
        promptType: q.promptType,
        thinkSeconds: q.thinkSeconds,
        answerSeconds: q.answerSeconds,
        takes: q.takes,
        modes: q.modes,
        myTakes: myTakes
          .filter((t) => t.questionId === q.id)
          .map((t) => ({ id: t.id, number: t.number, contentType: t.contentType, size: t.size })),
        chosenTakeId: a?.takeId ?? null,
        textAnswer: a?.text ?? null,
      };
    }),
  };
}

/** The take to send for a question, or a text answer instead (always allowed: the accessible alternative). */
export async function chooseAnswer(
  ctx: Ctx,
  applicationId: string,
  input: { questionId: string } & ({ takeId: string } | { text: string }),
) {
  await ctx.platform.db.transaction(async (db) => {
    const tx = { ...ctx, db };
    const { interview, jobId } = await openInterview(tx, applicationId, true);
    const q = await questionOf(tx, jobId, input.questionId);
    let value: { takeId: string | null; text: string | null };
    if ('takeId' in input) {
      const [t] = await db
        .select({ id: takes.id })
        .from(takes)
        .where(
          ofOrg(tx, takes, and(eq(takes.id, input.takeId), eq(takes.interviewId, interview.id), eq(takes.questionId, q.id))),
        );
      if (!t) throw notFound('take');
      value = { takeId: t.id, text: null };
    } else value = { takeId: null, text: input.text };
    await db
      .insert(answers)
      .values({ orgId: ctx.orgId, interviewId: interview.id, questionId: q.id, ...value })
      .onConflictDoUpdate({ target: [answers.interviewId, answers.questionId], set: { ...value, updatedAt: new Date() } });
  });
}

/**
 * The candidate sends the interview: every question needs an answer. Takes not chosen are deleted (bytes and rows):
 * reviewers see only what the candidate chose to send.
 */
export async function submitInterview(ctx: Ctx, applicationId: string) {
  const dropped = await ctx.platform.db.transaction(async (db) => {
    const tx = { ...ctx, db };
    const { interview, jobId } = await openInterview(tx, applicationId, true);
    const qs = await questionRows(tx, jobId);
    const given = await db
      .select()
      .from(answers)
      .where(ofOrg(tx, answers, eq(answers.interviewId, interview.id)));
    const answered = new Set(given.filter((a) => a.takeId || a.text).map((a) => a.questionId));
    const missing = qs.filter((q) => !answered.has(q.id)).length;
    if (missing > 0) throw new AppError('recruiting.answers_missing', 422, { missing });
    const chosen = given.flatMap((a) => (a.takeId ? [a.takeId] : []));
    const unchosen = await db
      .delete(takes)
      .where(ofOrg(tx, takes, eq(takes.interviewId, interview.id), chosen.length ? notInArray(takes.id, chosen) : undefined))
      .returning({ key: takes.storageKey });
    await db
      .update(interviews)
      .set({ submittedAt: new Date() })
      .where(ofOrg(tx, interviews, eq(interviews.id, interview.id)));
    await recordAudit({
      ctx: tx,
      input: { action: 'recruiting.interview_submitted', targetType: 'application', targetId: applicationId },
    });
    return unchosen.map((u) => u.key);
  });
  // After the commit: a failure here leaves files no row points to only if the process dies in between (rare), never
  // a row without its file for a reviewer.
  for (const key of dropped) await ctx.platform.storage.delete(key);
}

/** A take's bytes for the candidate who recorded it (their own takes only). */
export async function readOwnTake(ctx: Ctx, applicationId: string, takeId: string) {
  const { interview } = await interviewOf(ctx, applicationId);
  const [t] = await ctx.db
    .select()
    .from(takes)
    .where(ofOrg(ctx, takes, and(eq(takes.id, takeId), eq(takes.interviewId, interview.id))));
  const file = t ? await ctx.platform.storage.get(t.storageKey) : null;
  if (!file || !t) throw notFound('file');
  return { bytes: file.bytes, contentType: t.contentType };
}
