import { and, count, eq, inArray } from 'drizzle-orm';
import { type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { AppError } from '../../platform/errors';
import { recordAudit } from '../audit';
import type { ProgrammePatchT, ProgrammeT } from './contract';
import { assertQuiz } from './create-programme';
import { currentCohort, lockProgramme } from './programme-rows';
import { programmeViews } from './programme-view';
import { members, programmes } from './schema';

/** Edits a programme. Seats can never drop below the members the current cohort already has (a clear 400). */
export async function updateProgramme({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: ProgrammePatchT & { id: string };
}): Promise<ProgrammeT> {
  requirePermission(ctx, 'programme.manage');
  assertQuiz(input.quiz);
  return inTx(ctx, async (tx) => {
    const before = await lockProgramme(tx, input.id);
    const { id, ...patch } = input;
    if (patch.seats !== undefined && patch.seats !== before.seats) {
      const cohort = await currentCohort(tx, id);
      const [{ n }] = cohort
        ? await tx.db
            .select({ n: count() })
            .from(members)
            .where(ofOrg(tx, members, and(eq(members.cohortId, cohort.id), inArray(members.status, ['active', 'suspended']))))
        : [{ n: 0 }];
      if (patch.seats < Number(n)) throw new AppError('ambassadors.seats_below_members', 400, { members: Number(n) });
    }
    const changed = Object.keys(patch).filter((k) => patch[k as keyof typeof patch] !== undefined);
    const [p] = await tx.db
      .update(programmes)
      .set({ ...patch, updatedAt: new Date() })
      .where(ofOrg(tx, programmes, eq(programmes.id, id)))
      .returning();
    await recordAudit({
      ctx: tx,
      input: {
        action: 'programme.updated',
        targetType: 'programme',
        targetId: id,
        targetName: p.name,
        data: { fields: changed },
      },
    });
    return (await programmeViews(tx, [p]))[0];
  });
}
