import { asc, eq } from 'drizzle-orm';
import { type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import { listOrgPeople } from '../people';
import type { RegistrationRowT } from './contract';
import { getEvent } from './rows';
import { eventRegistrations } from './schema';

/** The organiser's list: confirmed, then the waiting list in its order, then cancellations. */
export async function listRegistrations({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<RegistrationRowT[]> {
  requirePermission(ctx, 'events.manage');
  const e = await getEvent(ctx, input.id);
  const rows = await ctx.db
    .select()
    .from(eventRegistrations)
    .where(ofOrg(ctx, eventRegistrations, eq(eventRegistrations.eventId, e.id)))
    .orderBy(asc(eventRegistrations.seq));
  const people = new Map((await listOrgPeople(ctx, { ids: rows.map((r) => r.personId) })).map((p) => [p.id, p]));
  const order = { confirmed: 0, waiting: 1, cancelled: 2 } as const;
  let position = 0;
  return rows
    .sort((a, b) => order[a.status] - order[b.status] || a.seq - b.seq)
    .map((r) => ({
      id: r.id,
      personId: r.personId,
      name: people.get(r.personId)?.name ?? '—',
      department: people.get(r.personId)?.department ?? null,
      status: r.status,
      waitingPosition: r.status === 'waiting' ? ++position : null,
      checkedInAt: r.checkedInAt?.toISOString() ?? null,
      createdAt: r.createdAt.toISOString(),
    }));
}
