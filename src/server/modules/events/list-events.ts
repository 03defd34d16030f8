import { and, asc, desc, eq, gt, inArray, lte, or, sql } from 'drizzle-orm';
import { actorOf, type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import type { EventViewT } from './contract';
import { eventViews } from './event-view';
import type { RegistrationRow } from './rows';
import { eventRegistrations, events } from './schema';
import { audienceOf, eventVisibleTo } from './targeting';

async function mineOf(ctx: Ctx, eventIds: string[]): Promise<Map<string, RegistrationRow>> {
  if (eventIds.length === 0) return new Map();
  const rows = await ctx.db
    .select()
    .from(eventRegistrations)
    .where(
      ofOrg(
        ctx,
        eventRegistrations,
        eq(eventRegistrations.personId, actorOf(ctx).personId),
        inArray(eventRegistrations.eventId, eventIds),
      ),
    );
  return new Map(rows.map((r) => [r.eventId, r]));
}

/**
 * Events for the signed-in person: upcoming ones aimed at them (soonest first), then past ones of the last 60 days
 * they were registered for (where they are invited to tell the day). `upcoming` alone feeds the feed card.
 */
export async function listEvents({ ctx, input }: { ctx: Ctx; input: { scope: 'all' | 'upcoming' } }): Promise<EventViewT[]> {
  requirePermission(ctx, 'events.join');
  const who = await audienceOf(ctx);
  const upcoming = await ctx.db
    .select()
    .from(events)
    .where(and(eventVisibleTo(ctx, who), gt(events.endsAt, sql`now()`)))
    .orderBy(asc(events.startsAt))
    .limit(input.scope === 'upcoming' ? 5 : 100);
  // The feed also shows the events I attended in the last week: there I am invited to tell the day.
  const since = input.scope === 'upcoming' ? sql`now() - interval '7 days'` : sql`now() - interval '60 days'`;
  const past = await ctx.db
    .select()
    .from(events)
    .where(
      ofOrg(
        ctx,
        events,
        lte(events.endsAt, sql`now()`),
        gt(events.endsAt, since),
        or(
          input.scope === 'upcoming' ? undefined : eventVisibleTo(ctx, who),
          sql`exists (select 1 from ${eventRegistrations} r where r.event_id = ${events.id}
                  and r.person_id = ${who.personId} and r.status = 'confirmed')`,
        ),
      ),
    )
    .orderBy(desc(events.startsAt))
    .limit(input.scope === 'upcoming' ? 2 : 50);
  const rows = [...upcoming, ...past];
  return eventViews(
    ctx,
    rows,
    await mineOf(
      ctx,
      rows.map((e) => e.id),
    ),
  );
}

/** Every event of the organisation for organisers, newest first. */
export async function listManagedEvents({ ctx }: { ctx: Ctx }): Promise<EventViewT[]> {
  requirePermission(ctx, 'events.manage');
  const rows = await ctx.db.select().from(events).where(ofOrg(ctx, events)).orderBy(desc(events.startsAt)).limit(300);
  return eventViews(ctx, rows, new Map());
}
