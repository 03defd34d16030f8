import { eq } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { notFound } from '../../platform/errors';
import { eventRegistrations, eventSwaps, events } from './schema';

export type EventRow = typeof events.$inferSelect;
export type RegistrationRow = typeof eventRegistrations.$inferSelect;
export type SwapRow = typeof eventSwaps.$inferSelect;

/** The event of the caller's organisation, or 404. `lock`: held until the transaction ends (seats are counted under it). */
export async function getEvent(ctx: Ctx, id: string, opts: { lock?: boolean } = {}): Promise<EventRow> {
  const q = ctx.db
    .select()
    .from(events)
    .where(ofOrg(ctx, events, eq(events.id, id)));
  const [row] = opts.lock ? await q.for('update') : await q;
  if (!row) throw notFound('event');
  return row;
}

export async function getRegistration(ctx: Ctx, id: string): Promise<RegistrationRow> {
  const [row] = await ctx.db
    .select()
    .from(eventRegistrations)
    .where(ofOrg(ctx, eventRegistrations, eq(eventRegistrations.id, id)));
  if (!row) throw notFound('registration');
  return row;
}

export async function getSwap(ctx: Ctx, id: string, opts: { lock?: boolean } = {}): Promise<SwapRow> {
  const q = ctx.db
    .select()
    .from(eventSwaps)
    .where(ofOrg(ctx, eventSwaps, eq(eventSwaps.id, id)));
  const [row] = opts.lock ? await q.for('update') : await q;
  if (!row) throw notFound('swap');
  return row;
}
