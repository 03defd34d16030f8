import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { actorOf, type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import type { Tx } from '../../platform/db/client';
import { conflict, notFound } from '../../platform/errors';
import { getOrgSettings } from '../organisations';
import { listOrgPeople } from '../people';
import { checkinCodeFor } from './checkin-code';
import type { SwapViewT } from './contract';
import { getSwap, type SwapRow } from './rows';
import { eventRegistrations, eventSwaps, events, eventTargets } from './schema';
import { swapViews } from './swap-views';
import { toInstant } from './zoned-time';

/** The approved swap becomes an event for two: a working day, aimed at and confirmed for both people. */
async function createSwapEvent(ctx: Ctx & { db: Tx }, s: SwapRow): Promise<string> {
  const names = new Map((await listOrgPeople(ctx, { ids: [s.proposerId, s.partnerId] })).map((p) => [p.id, p]));
  const a = names.get(s.proposerId);
  const b = names.get(s.partnerId);
  const who = `${a?.name ?? '—'} ⇄ ${b?.name ?? '—'}`;
  // A working day on the organisation's clocks.
  const ZONE = (await getOrgSettings({ ctx })).timeZone;
  const [e] = await ctx.db
    .insert(events)
    .values({
      orgId: ctx.orgId,
      type: 'job_swap',
      titleIt: `Scambio di posto: ${who}`,
      titleEn: `Job swap: ${who}`,
      descriptionIt: `${a?.department ?? ''} ⇄ ${b?.department ?? ''}\n${s.note}`.trim(),
      descriptionEn: `${a?.department ?? ''} ⇄ ${b?.department ?? ''}\n${s.note}`.trim(),
      startsAt: toInstant(`${s.day}T09:00`, ZONE) ?? new Date(`${s.day}T08:00:00Z`),
      endsAt: toInstant(`${s.day}T17:00`, ZONE) ?? new Date(`${s.day}T16:00:00Z`),
      timeZone: ZONE,
      capacity: 2,
      targetAll: false,
      status: 'published',
      createdBy: s.proposerId,
    })
    .returning({ id: events.id });
  for (const personId of [s.proposerId, s.partnerId]) {
    await ctx.db.insert(eventTargets).values({ orgId: ctx.orgId, eventId: e.id, kind: 'person', value: personId });
    const id = crypto.randomUUID();
    await ctx.db.insert(eventRegistrations).values({
      id,
      orgId: ctx.orgId,
      eventId: e.id,
      personId,
      status: 'confirmed',
      checkinCode: checkinCodeFor(ctx.platform.config.secret, ctx.orgId, e.id, id),
    });
  }
  return e.id;
}

/**
 * A line manager approves or declines their report's side of a swap (the row is locked: two managers deciding at
 * once both count). With both sides approved the swap becomes its event, once (unique event_id, status check).
 */
export async function decideSwap({ ctx, input }: { ctx: Ctx; input: { id: string; approve: boolean } }): Promise<SwapViewT> {
  requirePermission(ctx, 'events.join');
  const me = actorOf(ctx).personId;
  await inTx(ctx, async (tx) => {
    const s = await getSwap(tx, input.id, { lock: true });
    const forProposer = s.proposerManagerId === me;
    const forPartner = s.partnerManagerId === me;
    if (!forProposer && !forPartner) throw notFound('swap');
    if (s.status !== 'proposed') throw conflict('events.swap_decided');
    if (!input.approve) {
      await tx.db
        .update(eventSwaps)
        .set({ status: 'declined', declinedBy: me, updatedAt: new Date() })
        .where(ofOrg(tx, eventSwaps, eq(eventSwaps.id, s.id)));
      return;
    }
    const now = new Date();
    const next = {
      proposerApprovedAt: forProposer ? (s.proposerApprovedAt ?? now) : s.proposerApprovedAt,
      partnerApprovedAt: forPartner ? (s.partnerApprovedAt ?? now) : s.partnerApprovedAt,
    };
    const both = !!next.proposerApprovedAt && !!next.partnerApprovedAt;
    const eventId = both ? await createSwapEvent(tx, s) : null;
    await tx.db
      .update(eventSwaps)
      .set({ ...next, status: both ? 'approved' : 'proposed', eventId, updatedAt: now })
      .where(ofOrg(tx, eventSwaps, eq(eventSwaps.id, s.id)));
  });
  const [view] = await swapViews(ctx, [input.id]);
  return view;
}
