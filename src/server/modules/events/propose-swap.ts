import { actorOf, type Ctx, inTx, requirePermission } from '../../platform/ctx';
import { invalid, notFound } from '../../platform/errors';
import { listOrgPeople } from '../people';
import type { SwapProposalInputT, SwapViewT } from './contract';
import { queueEventMails, swapsUrl } from './mail';
import { eventSwaps } from './schema';
import { swapViews } from './swap-views';

/**
 * A person proposes a job swap day with a colleague of another department; both line managers are asked by e-mail.
 * The day is checked to be in the future; each manager approves their own report's side (decide-swap.ts).
 */
export async function proposeSwap({ ctx, input }: { ctx: Ctx; input: SwapProposalInputT }): Promise<SwapViewT> {
  requirePermission(ctx, 'events.join');
  const actor = actorOf(ctx);
  if (input.partnerId === actor.personId) throw invalid('events.swap_self', {}, [{ path: 'partnerId' }]);
  const found = await listOrgPeople(ctx, { ids: [actor.personId, input.partnerId] });
  const me = found.find((p) => p.id === actor.personId);
  const partner = found.find((p) => p.id === input.partnerId && p.status === 'active');
  if (!me || !partner) throw notFound('person');
  if (!me.department || me.department === partner.department)
    throw invalid('events.swap_same_department', {}, [{ path: 'partnerId' }]);
  if (!me.managerId || !partner.managerId) throw invalid('events.swap_no_manager', {}, [{ path: 'partnerId' }]);
  if (input.day <= new Date().toISOString().slice(0, 10)) throw invalid('events.swap_day_past', {}, [{ path: 'day' }]);
  const { id, after } = await inTx(ctx, async (tx) => {
    const [row] = await tx.db
      .insert(eventSwaps)
      .values({
        orgId: ctx.orgId,
        proposerId: me.id,
        partnerId: partner.id,
        day: input.day,
        note: input.note,
        proposerManagerId: me.managerId,
        partnerManagerId: partner.managerId,
      })
      .returning({ id: eventSwaps.id });
    const managerIds = [...new Set([me.managerId, partner.managerId].filter((m): m is string => !!m))];
    const managers = await listOrgPeople(tx, { ids: managerIds });
    const after = await queueEventMails(tx, 'event_swap_approval', managers, () => ({
      who: me.name,
      partner: partner.name,
      day: input.day,
      url: swapsUrl(ctx.platform),
    }));
    return { id: row.id, after };
  });
  await after(ctx.platform);
  const [view] = await swapViews(ctx, [id]);
  return view;
}
