import { and, asc, count, eq, inArray, max } from 'drizzle-orm';
import { type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { AppError, notFound } from '../../platform/errors';
import { recordAudit } from '../audit';
import type { QuestionFieldsT, QuestionT } from './interview-contract';
import { answers, questions, takes } from './interview-schema';
import { getJobRow } from './rows';

export type QuestionRow = typeof questions.$inferSelect;

export const toQuestion = (q: QuestionRow): QuestionT => ({
  id: q.id,
  position: q.position,
  textIt: q.textIt,
  textEn: q.textEn,
  hasPrompt: Boolean(q.promptKey),
  promptType: q.promptType,
  thinkSeconds: q.thinkSeconds,
  answerSeconds: q.answerSeconds,
  takes: q.takes,
  modes: q.modes,
});

export async function questionRows(ctx: Ctx, jobId: string): Promise<QuestionRow[]> {
  return ctx.db
    .select()
    .from(questions)
    .where(ofOrg(ctx, questions, eq(questions.jobId, jobId)))
    .orderBy(asc(questions.position), asc(questions.createdAt));
}

export async function getQuestionRow(ctx: Ctx, id: string, lock = false): Promise<QuestionRow> {
  const q = ctx.db
    .select()
    .from(questions)
    .where(ofOrg(ctx, questions, eq(questions.id, id)));
  const [row] = await (lock ? q.for('update') : q);
  if (!row) throw notFound('question');
  return row;
}

/** The job's question set, in order (HR). */
export async function listQuestions({ ctx, input }: { ctx: Ctx; input: { id: string } }) {
  requirePermission(ctx, 'recruiting.manage');
  await getJobRow(ctx, input.id);
  return { questions: (await questionRows(ctx, input.id)).map(toQuestion) };
}

export async function createQuestion({ ctx, input }: { ctx: Ctx; input: QuestionFieldsT & { id: string } }) {
  requirePermission(ctx, 'recruiting.manage');
  const { id: jobId, ...fields } = input;
  return inTx(ctx, async (tx) => {
    // The job row is locked so two questions added at once get distinct positions.
    await getJobRow(tx, jobId, { lock: true });
    const [last] = await tx.db
      .select({ n: max(questions.position) })
      .from(questions)
      .where(ofOrg(tx, questions, eq(questions.jobId, jobId)));
    const [row] = await tx.db
      .insert(questions)
      .values({ ...fields, orgId: ctx.orgId, jobId, position: (last?.n ?? 0) + 1 })
      .returning();
    await recordAudit({ ctx: tx, input: { action: 'recruiting.question_saved', targetType: 'job', targetId: jobId } });
    return toQuestion(row);
  });
}

export async function updateQuestion({ ctx, input }: { ctx: Ctx; input: Partial<QuestionFieldsT> & { id: string } }) {
  requirePermission(ctx, 'recruiting.manage');
  const { id, ...fields } = input;
  return inTx(ctx, async (tx) => {
    const q = await getQuestionRow(tx, id, true);
    const [row] = await tx.db
      .update(questions)
      .set(fields)
      .where(ofOrg(tx, questions, eq(questions.id, q.id)))
      .returning();
    await recordAudit({ ctx: tx, input: { action: 'recruiting.question_saved', targetType: 'job', targetId: q.jobId } });
    return toQuestion(row);
  });
}

/** A question candidates already answered stays: deleting it would delete their answers with it. */
export async function deleteQuestion({ ctx, input }: { ctx: Ctx; input: { id: string } }) {
  requirePermission(ctx, 'recruiting.manage');
  const key = await inTx(ctx, async (tx) => {
    const q = await getQuestionRow(tx, input.id, true);
    const [t] = await tx.db
      .select({ n: count() })
      .from(takes)
      .where(ofOrg(tx, takes, eq(takes.questionId, q.id)));
    const [a] = await tx.db
      .select({ n: count() })
      .from(answers)
      .where(ofOrg(tx, answers, eq(answers.questionId, q.id)));
    if ((t?.n ?? 0) + (a?.n ?? 0) > 0) throw new AppError('recruiting.question_answered', 409);
    await tx.db.delete(questions).where(ofOrg(tx, questions, eq(questions.id, q.id)));
    await recordAudit({ ctx: tx, input: { action: 'recruiting.question_deleted', targetType: 'job', targetId: q.jobId } });
    return q.promptKey;
  });
  if (key) await ctx.platform.storage.delete(key);
}

/** New order of a job's questions: every question of the job, each once. */
export async function reorderQuestions({ ctx, input }: { ctx: Ctx; input: { id: string; ids: string[] } }) {
  requirePermission(ctx, 'recruiting.manage');
  return inTx(ctx, async (tx) => {
    await getJobRow(tx, input.id, { lock: true });
    const rows = await questionRows(tx, input.id);
    const same = rows.length === input.ids.length && new Set(input.ids).size === rows.length;
    if (!same || rows.some((r) => !input.ids.includes(r.id))) throw new AppError('recruiting.question_order', 422);
    for (const [i, qid] of input.ids.entries())
      await tx.db
        .update(questions)
        .set({ position: i + 1 })
        .where(ofOrg(tx, questions, and(eq(questions.id, qid), inArray(questions.jobId, [input.id]))));
    return { questions: (await questionRows(tx, input.id)).map(toQuestion) };
  });
}
