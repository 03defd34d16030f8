import { type Ctx, inTx, requirePermission } from '../../platform/ctx';
import { AppError } from '../../platform/errors';
import { recordAudit } from '../audit';
import type { CohortInputT } from './contract';
import { type CohortRow, findProgramme, today } from './programme-rows';
import { cohorts } from './schema';

export function assertTerm(input: { startsOn: string; endsOn: string }): void {
  if (input.endsOn <= input.startsOn) throw new AppError('ambassadors.term_end_before_start', 400);
}

/** A new term of the programme (used by the rotation planner's confirmation, or on its own). */
export async function createCohort({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: CohortInputT & { programmeId: string };
}): Promise<CohortRow> {
  requirePermission(ctx, 'programme.manage');
  assertTerm(input);
  return inTx(ctx, async (tx) => {
    const p = await findProgramme(tx, input.programmeId);
    const [c] = await tx.db
      .insert(cohorts)
      .values({
        orgId: ctx.orgId,
        programmeId: p.id,
        name: input.name,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        status: input.startsOn > today() ? 'planned' : 'current',
      })
      .returning();
    await recordAudit({
      ctx: tx,
      input: {
        action: 'programme.cohort_created',
        targetType: 'programme',
        targetId: p.id,
        targetName: c.name,
        data: { ...input },
      },
    });
    return c;
  });
}
