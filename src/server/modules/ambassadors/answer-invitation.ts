import { and, eq } from 'drizzle-orm';
import { actorOf, type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { conflict, notFound } from '../../platform/errors';
import { recordAudit } from '../audit';
import { addMember } from './add-member';
import { lockProgramme } from './programme-rows';
import { applications } from './schema';

/**
 * The invitee's answer to a seat in the next cohort. Accepting takes a seat under the programme's lock: when more
 * people accept than there are seats (an invitation list grown by hand), the first ones in get them and the others
 * get 409 no_seats, their invitation still open.
 */
export async function answerInvitation({ ctx, input }: { ctx: Ctx; input: { applicationId: string; accept: boolean } }) {
  requirePermission(ctx, 'share');
  const me = actorOf(ctx);
  const [app] = await ctx.db
    .select({ programmeId: applications.programmeId })
    .from(applications)
    .where(ofOrg(ctx, applications, and(eq(applications.id, input.applicationId), eq(applications.personId, me.personId))));
  if (!app) throw notFound('application');
  return inTx(ctx, async (tx) => {
    const p = await lockProgramme(tx, app.programmeId);
    const [row] = await tx.db
      .update(applications)
      .set({ status: input.accept ? 'accepted' : 'withdrawn', updatedAt: new Date() })
      .where(ofOrg(tx, applications, and(eq(applications.id, input.applicationId), eq(applications.status, 'invited'))))
      .returning({ cohortId: applications.invitedCohortId });
    if (!row) throw conflict('ambassadors.nothing_to_answer');
    if (input.accept) {
      if (!row.cohortId) throw conflict('ambassadors.no_current_cohort');
      await addMember(tx, p, row.cohortId, me.personId);
    }
    await recordAudit({
      ctx: tx,
      input: {
        action: input.accept ? 'programme.invitation_accepted' : 'programme.invitation_declined',
        targetType: 'programme',
        targetId: p.id,
        targetName: p.name,
      },
    });
    return { ok: true };
  });
}
