import { and, eq, sql } from 'drizzle-orm';
import { actorOf, type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { AppError, conflict, invalid } from '../../platform/errors';
import { getOrgSettings } from '../organisations';
import type { EventInputT, EventViewT } from './contract';
import { eventViews } from './event-view';
import { promoteJob } from './jobs';
import { getEvent } from './rows';
import { eventRegistrations, events, eventTargets } from './schema';
import { toInstant } from './zoned-time';

function instant(local: string, zone: string, field: string): Date {
  const at = toInstant(local, zone);
  // The hour the clocks skip in spring does not exist in that zone: say so rather than guess.
  if (!at) throw invalid('events.nonexistent_time', { field }, [{ path: field }]);
  return at;
}

function fieldsOf(body: EventInputT, zone: string) {
  const input = { ...body, timeZone: zone };
  const startsAt = instant(input.startsAt, input.timeZone, 'startsAt');
  const endsAt = instant(input.endsAt, input.timeZone, 'endsAt');
  if (endsAt <= startsAt) throw invalid('events.ends_before_start', {}, [{ path: 'endsAt' }]);
  const opens = input.registrationOpensAt ? instant(input.registrationOpensAt, input.timeZone, 'registrationOpensAt') : null;
  const closes = input.registrationClosesAt ? instant(input.registrationClosesAt, input.timeZone, 'registrationClosesAt') : null;
  if (opens && closes && closes <= opens) throw invalid('events.window_invalid', {}, [{ path: 'registrationClosesAt' }]);
  if (!input.targetAll && input.targets.length === 0) throw invalid('events.no_audience', {}, [{ path: 'targets' }]);
  return {
    type: input.type,
    titleIt: input.titleIt,
    titleEn: input.titleEn,
    descriptionIt: input.descriptionIt,
    descriptionEn: input.descriptionEn,
    startsAt,
    endsAt,
    timeZone: input.timeZone,
    site: input.site || null,
    address: input.address || null,
    capacity: input.capacity,
    registrationOpensAt: opens,
    registrationClosesAt: closes,
    targetAll: input.targetAll,
    status: input.status,
  };
}

/**
 * Creates (no id) or updates an event. The capacity is checked against the confirmed count under the event's row
 * lock: it can never drop below the people already holding a seat (409 with the count). A larger capacity promotes
 * the first people waiting, by the promotion job.
 */
export async function saveEvent({ ctx, input }: { ctx: Ctx; input: { id?: string; body: EventInputT } }): Promise<EventViewT> {
  requirePermission(ctx, 'events.manage');
  const actor = actorOf(ctx);
  // Times are read in the zone the organiser chose, by default the organisation's.
  const fields = fieldsOf(input.body, input.body.timeZone ?? (await getOrgSettings({ ctx })).timeZone);
  const id = await inTx(ctx, async (tx) => {
    let eventId = input.id;
    if (eventId) {
      await getEvent(tx, eventId, { lock: true });
      const [{ confirmed }] = await tx.db
        .select({ confirmed: sql<number>`count(*)::int` })
        .from(eventRegistrations)
        .where(
          ofOrg(tx, eventRegistrations, and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, 'confirmed'))),
        );
      if (fields.capacity < confirmed) throw conflict('events.capacity_below_confirmed', { confirmed });
      await tx.db
        .update(events)
        .set({ ...fields, updatedAt: new Date() })
        .where(ofOrg(tx, events, eq(events.id, eventId)));
      await tx.db.delete(eventTargets).where(ofOrg(tx, eventTargets, eq(eventTargets.eventId, eventId)));
    } else {
      const [row] = await tx.db
        .insert(events)
        .values({ ...fields, orgId: ctx.orgId, createdBy: actor.personId })
        .returning({ id: events.id });
      eventId = row.id;
    }
    if (!fields.targetAll && input.body.targets.length > 0)
      await tx.db
        .insert(eventTargets)
        .values(input.body.targets.map((t) => ({ orgId: ctx.orgId, eventId: eventId as string, kind: t.kind, value: t.value })));
    return eventId;
  });
  if (input.id) await ctx.platform.jobs.send(promoteJob, { orgId: ctx.orgId, eventId: id }, { singletonKey: id });
  const e = await getEvent(ctx, id);
  const [view] = await eventViews(ctx, [e], new Map());
  if (!view) throw new AppError('not_found', 404);
  return view;
}
