import { and, eq, inArray } from 'drizzle-orm';
import { actorOf, type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { AppError, conflict } from '../../platform/errors';
import { recordAudit } from '../audit';
import type { QuizAnswersBodyT, QuizResultT, QuizT } from './contract';
import { findProgramme } from './programme-rows';
import { members, quizAttempts } from './schema';

/** Right answers over questions: an answer is the index of the chosen option. */
export function gradeQuiz(quiz: QuizT, answers: number[]): { score: number; total: number; passed: boolean } {
  const total = quiz.questions.length;
  const score = quiz.questions.filter((q, i) => q.options[answers[i] ?? -1]?.correct === true).length;
  return { score, total, passed: score * 100 >= quiz.passMark * total };
}

/** A member takes the programme's quiz; every attempt is kept, one pass is enough. */
export async function submitQuiz({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: QuizAnswersBodyT & { programmeId: string };
}): Promise<QuizResultT> {
  requirePermission(ctx, 'share');
  const me = actorOf(ctx);
  const p = await findProgramme(ctx, input.programmeId);
  if (!p.quiz) throw conflict('ambassadors.no_quiz');
  if (input.answers.length !== p.quiz.questions.length)
    throw new AppError('ambassadors.quiz_incomplete', 400, { questions: p.quiz.questions.length });
  const [member] = await ctx.db
    .select({ id: members.id })
    .from(members)
    .where(
      ofOrg(
        ctx,
        members,
        and(eq(members.programmeId, p.id), eq(members.personId, me.personId), inArray(members.status, ['active', 'suspended'])),
      ),
    );
  if (!member) throw new AppError('ambassadors.not_member', 403);
  const result = gradeQuiz(p.quiz, input.answers);
  await inTx(ctx, async (tx) => {
    await tx.db.insert(quizAttempts).values({ orgId: ctx.orgId, programmeId: p.id, personId: me.personId, ...result });
    await recordAudit({
      ctx: tx,
      input: {
        action: result.passed ? 'programme.quiz_passed' : 'programme.quiz_failed',
        targetType: 'programme',
        targetId: p.id,
        data: { score: result.score, total: result.total },
      },
    });
  });
  return { ...result, passMark: p.quiz.passMark };
}
