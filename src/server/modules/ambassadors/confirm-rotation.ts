import { and, eq, inArray } from 'drizzle-orm';
import { type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { AppError } from '../../platform/errors';
import { recordAudit } from '../audit';
import { findPeopleDetails } from '../people';
import type { ConfirmPlanBodyT } from './contract';
import { assertTerm } from './create-cohort';
import { queueNotices } from './notify';
import { findProgramme, today } from './programme-rows';
import { applications, cohorts } from './schema';

/**
 * Comms confirm the (adjusted) proposal: the new cohort is created and invitations go out. Nobody is a member until
 * they accept (answer-invitation.ts); applications decided meanwhile are simply not invited.
 */
export async function confirmRotation({ ctx, input }: { ctx: Ctx; input: ConfirmPlanBodyT & { programmeId: string } }) {
  requirePermission(ctx, 'programme.manage');
  assertTerm(input);
  const p = await findProgramme(ctx, input.programmeId);
  if (input.applicationIds.length > p.seats) throw new AppError('ambassadors.too_many_invitations', 400, { seats: p.seats });
  const { result, after } = await inTx(ctx, async (tx) => {
    const [cohort] = await tx.db
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
    const invited = await tx.db
      .update(applications)
      .set({ status: 'invited', invitedCohortId: cohort.id, updatedAt: new Date() })
      .where(
        ofOrg(
          tx,
          applications,
          and(
            eq(applications.programmeId, p.id),
            inArray(applications.id, input.applicationIds),
            inArray(applications.status, ['pending', 'waitlisted']),
          ),
        ),
      )
      .returning({ personId: applications.personId });
    await recordAudit({
      ctx: tx,
      input: {
        action: 'programme.rotation_confirmed',
        targetType: 'programme',
        targetId: p.id,
        targetName: cohort.name,
        data: { invited: invited.length, startsOn: input.startsOn, endsOn: input.endsOn },
      },
    });
    const people = await findPeopleDetails(
      tx,
      invited.map((i) => i.personId),
    );
    const after = await queueNotices(
      tx,
      people.map((to) => ({
        to,
        template: 'programme_invitation' as const,
        vars: { programme: p.name, cohort: cohort.name },
        path: '/ambassadors',
      })),
    );
    return { result: { cohortId: cohort.id, invited: invited.length }, after };
  });
  await after(ctx.platform);
  return result;
}
