import { eq } from 'drizzle-orm';
import { type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { AppError } from '../../platform/errors';
import { recordAudit } from '../audit';
import { findPeopleById } from '../people';
import { lockApplication } from './lock-application';
import { applications } from './schema';

/**
 * HR link a hire to their person in the directory once they joined (or undo a wrong link): the journey then follows
 * the new colleague's onboarding and first share. Only a hired candidate, and only a person of this organisation.
 */
export async function linkHire({ ctx, input }: { ctx: Ctx; input: { id: string; personId: string | null } }): Promise<void> {
  requirePermission(ctx, 'recruiting.manage');
  await inTx(ctx, async (tx) => {
    const app = await lockApplication(tx, input.id);
    if (app.stage !== 'hired') throw new AppError('recruiting.not_hired', 409);
    if (input.personId && !(await findPeopleById(tx, [input.personId])).has(input.personId))
      throw new AppError('recruiting.person_unknown', 422);
    if (app.personId === input.personId) return;
    await tx.db
      .update(applications)
      .set({ personId: input.personId })
      .where(ofOrg(tx, applications, eq(applications.id, app.id)));
    await recordAudit({
      ctx: tx,
      input: {
        action: 'recruiting.hire_linked',
        targetType: 'application',
        targetId: app.id,
        data: { personId: input.personId },
      },
    });
  });
}
