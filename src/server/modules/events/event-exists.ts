import { eq } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { events } from './schema';

/** Whether the event exists in the caller's organisation: stories may be linked to it. */
export async function eventExists({ ctx, eventId }: { ctx: Ctx; eventId: string }): Promise<boolean> {
  const [row] = await ctx.db
    .select({ id: events.id })
    .from(events)
    .where(ofOrg(ctx, events, eq(events.id, eventId)))
    .limit(1);
  return !!row;
}
