import { inArray } from 'drizzle-orm';
import { actorOf, type Ctx, ofOrg } from '../../platform/ctx';
import { listOrgPeople } from '../people';
import type { SwapViewT } from './contract';
import { eventSwaps } from './schema';

export async function swapViews(ctx: Ctx, ids: string[]): Promise<SwapViewT[]> {
  if (ids.length === 0) return [];
  const me = actorOf(ctx).personId;
  const rows = await ctx.db
    .select()
    .from(eventSwaps)
    .where(ofOrg(ctx, eventSwaps, inArray(eventSwaps.id, ids)));
  const people = new Map(
    (await listOrgPeople(ctx, { ids: [...new Set(rows.flatMap((r) => [r.proposerId, r.partnerId]))] })).map((p) => [p.id, p]),
  );
  const brief = (id: string) => ({ id, name: people.get(id)?.name ?? '—', department: people.get(id)?.department ?? null });
  return rows
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
    .map((r) => ({
      id: r.id,
      status: r.status,
      day: r.day,
      note: r.note,
      proposer: brief(r.proposerId),
      partner: brief(r.partnerId),
      proposerApproved: !!r.proposerApprovedAt,
      partnerApproved: !!r.partnerApprovedAt,
      canDecide:
        r.status === 'proposed' &&
        ((r.proposerManagerId === me && !r.proposerApprovedAt) || (r.partnerManagerId === me && !r.partnerApprovedAt)),
      eventId: r.eventId,
    }));
}
