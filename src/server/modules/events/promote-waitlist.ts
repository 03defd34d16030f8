import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import type { Tx } from '../../platform/db/client';
import { listOrgPeople } from '../people';
import { type After, eventUrl, formatWhen, nothingAfter, queueEventMails, titleOf } from './mail';
import { getEvent } from './rows';
import { eventRegistrations } from './schema';

/**
 * Fills the free seats of an event from its waiting list, in arrival order, and writes each promoted person's e-mail
 * in the same transaction. Locks the event row first (registrations take it too), and moves a row only from
 * 'waiting' to 'confirmed': run twice, or by two workers at once, a person is promoted and mailed once.
 */
export async function promoteWaitlist(ctx: Ctx & { db: Tx }, eventId: string): Promise<After> {
  const e = await getEvent(ctx, eventId, { lock: true });
  if (e.status !== 'published' || e.startsAt.getTime() <= Date.now()) return nothingAfter;
  const [{ confirmed }] = await ctx.db
    .select({ confirmed: sql<number>`count(*)::int` })
    .from(eventRegistrations)
    .where(ofOrg(ctx, eventRegistrations, and(eq(eventRegistrations.eventId, e.id), eq(eventRegistrations.status, 'confirmed'))));
  const free = e.capacity - confirmed;
  if (free <= 0) return nothingAfter;
  const next = await ctx.db
    .select({ id: eventRegistrations.id })
    .from(eventRegistrations)
    .where(ofOrg(ctx, eventRegistrations, and(eq(eventRegistrations.eventId, e.id), eq(eventRegistrations.status, 'waiting'))))
    .orderBy(asc(eventRegistrations.seq))
    .limit(free);
  if (next.length === 0) return nothingAfter;
  const moved = await ctx.db
    .update(eventRegistrations)
    .set({ status: 'confirmed', promotedAt: new Date(), updatedAt: new Date() })
    .where(
      ofOrg(
        ctx,
        eventRegistrations,
        eq(eventRegistrations.status, 'waiting'),
        inArray(
          eventRegistrations.id,
          next.map((n) => n.id),
        ),
      ),
    )
    .returning({ personId: eventRegistrations.personId });
  const people = await listOrgPeople(ctx, { ids: moved.map((m) => m.personId) });
  return queueEventMails(ctx, 'event_promoted', people, (locale) => ({
    title: titleOf(e, locale),
    when: formatWhen(locale, e.startsAt, e.timeZone),
    url: eventUrl(ctx.platform, e.id),
  }));
}
