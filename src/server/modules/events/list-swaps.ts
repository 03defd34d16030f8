import { eq, or } from 'drizzle-orm';
import { actorOf, type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import { can } from '../../platform/permissions';
import type { SwapViewT } from './contract';
import { eventSwaps } from './schema';
import { swapViews } from './swap-views';

/** The swaps the caller proposed, is part of, or must approve as a manager; organisers see them all. */
export async function listSwaps({ ctx }: { ctx: Ctx }): Promise<SwapViewT[]> {
  requirePermission(ctx, 'events.join');
  const actor = actorOf(ctx);
  const me = actor.personId;
  const rows = await ctx.db
    .select({ id: eventSwaps.id })
    .from(eventSwaps)
    .where(
      can(actor.roles, 'events.manage')
        ? ofOrg(ctx, eventSwaps)
        : ofOrg(
            ctx,
            eventSwaps,
            or(
              eq(eventSwaps.proposerId, me),
              eq(eventSwaps.partnerId, me),
              eq(eventSwaps.proposerManagerId, me),
              eq(eventSwaps.partnerManagerId, me),
            ),
          ),
    )
    .limit(200);
  return swapViews(
    ctx,
    rows.map((r) => r.id),
  );
}
