import { and, eq, isNull } from 'drizzle-orm';
import { actorOf, type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import { AppError } from '../../platform/errors';
import { listOrgPeople } from '../people';
import { checkinCodeFor, normaliseCode, sameCode } from './checkin-code';
import type { CheckInResultT } from './contract';
import { getEvent } from './rows';
import { eventRegistrations } from './schema';

/**
 * The organiser scans or types a code at the door of one event. Only a confirmed registration of this event and
 * organisation matches (the code is recomputed with the server secret before anything is recorded); a code of
 * another event or organisation is refused. Attendance is recorded once: scanning again says when it was.
 */
export async function checkIn({ ctx, input }: { ctx: Ctx; input: { id: string; code: string } }): Promise<CheckInResultT> {
  requirePermission(ctx, 'events.manage');
  const actor = actorOf(ctx);
  const e = await getEvent(ctx, input.id);
  const code = normaliseCode(input.code);
  const [r] = await ctx.db
    .select()
    .from(eventRegistrations)
    .where(ofOrg(ctx, eventRegistrations, and(eq(eventRegistrations.eventId, e.id), eq(eventRegistrations.checkinCode, code))));
  if (!r || !sameCode(checkinCodeFor(ctx.platform.config.secret, ctx.orgId, e.id, r.id), code))
    throw new AppError('events.unknown_code', 404);
  if (r.status !== 'confirmed') throw new AppError('events.not_confirmed', 409);
  const [marked] = await ctx.db
    .update(eventRegistrations)
    .set({ checkedInAt: new Date(), checkedInBy: actor.personId, updatedAt: new Date() })
    .where(ofOrg(ctx, eventRegistrations, and(eq(eventRegistrations.id, r.id), isNull(eventRegistrations.checkedInAt))))
    .returning({ at: eventRegistrations.checkedInAt });
  const [p] = await listOrgPeople(ctx, { ids: [r.personId] });
  const at = marked?.at ?? r.checkedInAt ?? new Date();
  return { registrationId: r.id, name: p?.name ?? '—', alreadyCheckedIn: !marked, checkedInAt: at.toISOString() };
}
