import crypto from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { actorOf, type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { conflict, notFound } from '../../platform/errors';
import { checkinCodeFor } from './checkin-code';
import type { MyRegistrationT } from './contract';
import { myRegistrationView, registrationOpen } from './event-view';
import { getEvent, type RegistrationRow } from './rows';
import { eventRegistrations, events, type RegistrationStatus } from './schema';
import { eventVisibleToPerson } from './targeting';

/**
 * Registers the signed-in person: a seat while there is one, otherwise the waiting list. Seats are counted under the
 * event's row lock and `seq` (the arrival order) is drawn under it too, so 200 people at once for 50 seats make
 * exactly 50 confirmed and 150 waiting in the order they got the lock. Registering twice answers the first one.
 */
export async function register({ ctx, input }: { ctx: Ctx; input: { eventId: string } }): Promise<MyRegistrationT> {
  requirePermission(ctx, 'events.join');
  const me = actorOf(ctx).personId;
  const row = await inTx(ctx, async (tx) => {
    const [visible] = await tx.db
      .select({ id: events.id })
      .from(events)
      .where(and(eventVisibleToPerson(tx, me), eq(events.id, input.eventId)));
    if (!visible) throw notFound('event');
    const e = await getEvent(tx, input.eventId, { lock: true });
    if (registrationOpen(e)) {
      // The common case in one statement after the lock (a fresh snapshot counts the seats): the lock is held for as
      // few round trips as possible, so hundreds of people at once wait little. A second click conflicts and reads.
      const id = crypto.randomUUID();
      const code = checkinCodeFor(ctx.platform.config.secret, ctx.orgId, e.id, id);
      const { rows } = await tx.db.execute<{ status: RegistrationStatus; seq: string; created_at: string }>(sql`
        insert into event_registrations (id, org_id, event_id, person_id, status, checkin_code)
        select ${id}, ${ctx.orgId}, ${e.id}, ${me},
               case when (select count(*) from event_registrations c
                           where c.event_id = ${e.id} and c.status = 'confirmed') < ${e.capacity}
                    then 'confirmed' else 'waiting' end,
               ${code}
        on conflict (event_id, person_id) do nothing
        returning status, seq::text, created_at::text`);
      if (rows[0]) return { ...fresh(ctx.orgId, e.id, me, id), checkinCode: code, ...rowOf(rows[0]) };
    }
    const [existing] = await tx.db
      .select()
      .from(eventRegistrations)
      .where(ofOrg(tx, eventRegistrations, and(eq(eventRegistrations.eventId, e.id), eq(eventRegistrations.personId, me))));
    if (existing && existing.status !== 'cancelled') return existing;
    if (!registrationOpen(e) || !existing) throw conflict('events.registration_closed');
    // Coming back after cancelling: at the end of the queue, like anyone arriving now.
    const [again] = await tx.db
      .update(eventRegistrations)
      .set({
        status: sql`case when (select count(*) from event_registrations c
                     where c.event_id = ${e.id} and c.status = 'confirmed') < ${e.capacity}
                  then 'confirmed' else 'waiting' end`,
        seq: sql`nextval(pg_get_serial_sequence('event_registrations', 'seq'))`,
        promotedAt: null,
        reminderSentAt: null,
        updatedAt: new Date(),
      })
      .where(ofOrg(tx, eventRegistrations, eq(eventRegistrations.id, existing.id)))
      .returning();
    return again;
  });
  return myRegistrationView(ctx, row);
}

const rowOf = (r: { status: RegistrationStatus; seq: string; created_at: string }) => ({
  status: r.status,
  seq: Number(r.seq),
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.created_at),
});

/** A registration just inserted, with the columns the insert left at their defaults. */
const fresh = (orgId: string, eventId: string, personId: string, id: string): RegistrationRow => ({
  id,
  orgId,
  eventId,
  personId,
  status: 'waiting',
  seq: 0,
  checkinCode: '',
  checkedInAt: null,
  checkedInBy: null,
  promotedAt: null,
  reminderSentAt: null,
  createdAt: new Date(),
  updatedAt: new Date(),
});
