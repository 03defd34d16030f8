import { and, eq, inArray } from 'drizzle-orm';
import { actorOf, type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { conflict, notFound } from '../../platform/errors';
import { can } from '../../platform/permissions';
import type { MyRegistrationT } from './contract';
import { myRegistrationView } from './event-view';
import { promoteJob } from './jobs';
import { getEvent, getRegistration } from './rows';
import { eventRegistrations } from './schema';

/**
 * The person gives up their place (or an organiser cancels it). The freed seat goes to the first person waiting by
 * the promotion job (which also mails them); the sweep catches a trigger that was lost. Locks the event, then the
 * registration, in the order registering takes them.
 */
export async function cancelRegistration({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<MyRegistrationT> {
  requirePermission(ctx, 'events.join');
  const actor = actorOf(ctx);
  const seen = await getRegistration(ctx, input.id);
  // Someone else's registration does not exist for an employee.
  if (seen.personId !== actor.personId && !can(actor.roles, 'events.manage')) throw notFound('registration');
  const { moved, freed } = await inTx(ctx, async (tx) => {
    const e = await getEvent(tx, seen.eventId, { lock: true });
    if (e.startsAt.getTime() <= Date.now()) throw conflict('events.already_started');
    const [before] = await tx.db
      .select({ status: eventRegistrations.status })
      .from(eventRegistrations)
      .where(ofOrg(tx, eventRegistrations, eq(eventRegistrations.id, seen.id)));
    const [row] = await tx.db
      .update(eventRegistrations)
      .set({ status: 'cancelled', updatedAt: new Date() })
      .where(
        ofOrg(
          tx,
          eventRegistrations,
          and(eq(eventRegistrations.id, seen.id), inArray(eventRegistrations.status, ['confirmed', 'waiting'])),
        ),
      )
      .returning();
    if (!row) throw conflict('events.not_registered');
    return { moved: row, freed: before?.status === 'confirmed' };
  });
  if (freed)
    await ctx.platform.jobs.send(promoteJob, { orgId: ctx.orgId, eventId: moved.eventId }, { singletonKey: moved.eventId });
  return myRegistrationView(ctx, moved);
}
