import { and, eq } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { AppError, notFound } from '../../platform/errors';
import { interviews, questions } from './interview-schema';
import { applications } from './schema';

export type InterviewRow = typeof interviews.$inferSelect;

/** The candidate's interview (their session names the application), optionally locked for the transaction. */
export async function interviewOf(ctx: Ctx, applicationId: string, lock = false) {
  const q = ctx.db
    .select({ interview: interviews, jobId: applications.jobId, stage: applications.stage })
    .from(interviews)
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .where(ofOrg(ctx, interviews, eq(interviews.applicationId, applicationId)));
  const [row] = await (lock ? q.for('update', { of: interviews }) : q);
  if (!row) throw notFound('interview');
  return row;
}

export const isOpen = (r: { interview: InterviewRow; stage: string }, now = new Date()) =>
  !r.interview.submittedAt && r.interview.deadline > now && r.stage !== 'withdrawn' && r.stage !== 'rejected';

/** Answers change only while the interview is open: not after submission, the deadline, or a withdrawal. */
export async function openInterview(ctx: Ctx, applicationId: string, lock = false) {
  const row = await interviewOf(ctx, applicationId, lock);
  if (!isOpen(row)) throw new AppError('recruiting.interview_closed', 410);
  return row;
}

/** A question of the interview's job (a question id of another job or organisation is simply not found). */
export async function questionOf(ctx: Ctx, jobId: string, questionId: string) {
  const [q] = await ctx.db
    .select()
    .from(questions)
    .where(ofOrg(ctx, questions, and(eq(questions.id, questionId), eq(questions.jobId, jobId))));
  if (!q) throw notFound('question');
  return q;
}
