import { eq } from 'drizzle-orm';
import { type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import type { EventViewT } from './contract';
import { eventViews } from './event-view';
import { getEvent } from './rows';
import type { EventStatus } from './schema';
import { events } from './schema';

/** Publishes, cancels or takes an event back to draft (registrations are kept: cancelling can be undone). */
export async function setEventStatus({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { id: string; status: EventStatus };
}): Promise<EventViewT> {
  requirePermission(ctx, 'events.manage');
  const e = await inTx(ctx, async (tx) => {
    await getEvent(tx, input.id, { lock: true });
    const [row] = await tx.db
      .update(events)
      .set({ status: input.status, updatedAt: new Date() })
      .where(ofOrg(tx, events, eq(events.id, input.id)))
      .returning();
    return row;
  });
  const [view] = await eventViews(ctx, [e], new Map());
  return view;
}
