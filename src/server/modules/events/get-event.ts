import { and, eq } from 'drizzle-orm';
import { actorOf, type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import { notFound } from '../../platform/errors';
import { can } from '../../platform/permissions';
import type { EventViewT } from './contract';
import { eventViews } from './event-view';
import { eventRegistrations, events } from './schema';
import { eventVisibleToPerson } from './targeting';

/** One event as the caller sees it: organisers see any; others only the published events aimed at them or theirs. */
export async function getEventView({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<EventViewT> {
  requirePermission(ctx, 'events.join');
  const actor = actorOf(ctx);
  const [mine] = await ctx.db
    .select()
    .from(eventRegistrations)
    .where(
      ofOrg(
        ctx,
        eventRegistrations,
        and(eq(eventRegistrations.eventId, input.id), eq(eventRegistrations.personId, actor.personId)),
      ),
    );
  const cond = can(actor.roles, 'events.manage') || mine ? ofOrg(ctx, events) : eventVisibleToPerson(ctx, actor.personId);
  const [e] = await ctx.db
    .select()
    .from(events)
    .where(and(cond, eq(events.id, input.id)));
  if (!e) throw notFound('event');
  const [view] = await eventViews(ctx, [e], new Map(mine ? [[e.id, mine]] : []));
  return view;
}
