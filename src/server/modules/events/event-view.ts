import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { checkinCodeFor, qrDataUrl } from './checkin-code';
import type { EventViewT, MyRegistrationT } from './contract';
import type { EventRow, RegistrationRow } from './rows';
import { eventRegistrations, eventTargets } from './schema';
import { toLocal } from './zoned-time';

/** Confirmed and waiting counts of events, by event id. */
export async function countsOf(ctx: Ctx, eventIds: string[]) {
  const out = new Map<string, { confirmed: number; waiting: number }>();
  if (eventIds.length === 0) return out;
  const rows = await ctx.db
    .select({
      eventId: eventRegistrations.eventId,
      confirmed: sql<number>`count(*) filter (where ${eventRegistrations.status} = 'confirmed')::int`,
      waiting: sql<number>`count(*) filter (where ${eventRegistrations.status} = 'waiting')::int`,
    })
    .from(eventRegistrations)
    .where(ofOrg(ctx, eventRegistrations, inArray(eventRegistrations.eventId, eventIds)))
    .groupBy(eventRegistrations.eventId);
  for (const r of rows) out.set(r.eventId, { confirmed: r.confirmed, waiting: r.waiting });
  return out;
}

/** 1 for the next person to be promoted. */
export async function waitingPosition(ctx: Ctx, r: RegistrationRow): Promise<number | null> {
  if (r.status !== 'waiting') return null;
  const [{ n }] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(eventRegistrations)
    .where(
      ofOrg(
        ctx,
        eventRegistrations,
        and(
          eq(eventRegistrations.eventId, r.eventId),
          eq(eventRegistrations.status, 'waiting'),
          lte(eventRegistrations.seq, r.seq),
        ),
      ),
    );
  return n;
}

/** The registration as its owner sees it: the personal code and QR only while it holds a seat. */
export async function myRegistrationView(ctx: Ctx, r: RegistrationRow): Promise<MyRegistrationT> {
  const code = r.status === 'confirmed' ? checkinCodeFor(ctx.platform.config.secret, ctx.orgId, r.eventId, r.id) : null;
  return {
    id: r.id,
    status: r.status,
    waitingPosition: await waitingPosition(ctx, r),
    checkinCode: code,
    qrDataUrl: code ? await qrDataUrl(code) : null,
    checkedInAt: r.checkedInAt?.toISOString() ?? null,
  };
}

export const registrationOpen = (e: EventRow, now = new Date()) =>
  e.status === 'published' &&
  (!e.registrationOpensAt || e.registrationOpensAt <= now) &&
  (e.registrationClosesAt ?? e.startsAt) > now;

export async function eventViews(ctx: Ctx, rows: EventRow[], mine: Map<string, RegistrationRow>): Promise<EventViewT[]> {
  const ids = rows.map((e) => e.id);
  const counts = await countsOf(ctx, ids);
  const targets =
    ids.length === 0
      ? []
      : await ctx.db
          .select()
          .from(eventTargets)
          .where(ofOrg(ctx, eventTargets, inArray(eventTargets.eventId, ids)));
  const out: EventViewT[] = [];
  for (const e of rows) {
    const r = mine.get(e.id);
    const c = counts.get(e.id) ?? { confirmed: 0, waiting: 0 };
    out.push({
      id: e.id,
      type: e.type,
      status: e.status,
      titleIt: e.titleIt,
      titleEn: e.titleEn,
      descriptionIt: e.descriptionIt,
      descriptionEn: e.descriptionEn,
      startsAt: e.startsAt.toISOString(),
      endsAt: e.endsAt.toISOString(),
      startsAtLocal: toLocal(e.startsAt, e.timeZone),
      endsAtLocal: toLocal(e.endsAt, e.timeZone),
      timeZone: e.timeZone,
      site: e.site,
      address: e.address,
      capacity: e.capacity,
      confirmed: c.confirmed,
      waiting: c.waiting,
      registrationOpensAt: e.registrationOpensAt?.toISOString() ?? null,
      registrationClosesAt: e.registrationClosesAt?.toISOString() ?? null,
      registrationOpen: registrationOpen(e),
      targetAll: e.targetAll,
      targets: targets.filter((t) => t.eventId === e.id).map((t) => ({ kind: t.kind, value: t.value })),
      mine: r && r.status !== 'cancelled' ? await myRegistrationView(ctx, r) : null,
    });
  }
  return out;
}
