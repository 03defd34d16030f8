import { type Ctx, inTx, requirePermission } from '../../platform/ctx';
import { AppError } from '../../platform/errors';
import { recordAudit } from '../audit';
import type { ProgrammeInputT, ProgrammeT, QuizT } from './contract';
import { addMonths, today } from './programme-rows';
import { programmeViews } from './programme-view';
import { cohorts, programmes } from './schema';

/** A quiz where some question has no right answer could never be passed: refused with a clear 400. */
export function assertQuiz(quiz: QuizT | null | undefined): void {
  if (!quiz) return;
  const bad = quiz.questions.findIndex((q) => !q.options.some((o) => o.correct));
  if (bad >= 0) throw new AppError('ambassadors.quiz_without_answer', 400, { question: bad + 1 });
}

/** A new programme, with its first cohort (starting today unless said otherwise, for one term). */
export async function createProgramme({ ctx, input }: { ctx: Ctx; input: ProgrammeInputT }): Promise<ProgrammeT> {
  requirePermission(ctx, 'programme.manage');
  assertQuiz(input.quiz);
  return inTx(ctx, async (tx) => {
    const { firstTermStartsOn, ...fields } = input;
    const [p] = await tx.db
      .insert(programmes)
      .values({ orgId: ctx.orgId, ...fields })
      .returning();
    const startsOn = firstTermStartsOn ?? today();
    await tx.db.insert(cohorts).values({
      orgId: ctx.orgId,
      programmeId: p.id,
      name: `${p.name} · 1`,
      startsOn,
      endsOn: addMonths(startsOn, p.termMonths),
      status: 'current',
    });
    await recordAudit({
      ctx: tx,
      input: { action: 'programme.created', targetType: 'programme', targetId: p.id, targetName: p.name },
    });
    return (await programmeViews(tx, [p]))[0];
  });
}
