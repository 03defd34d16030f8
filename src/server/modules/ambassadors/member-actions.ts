import { eq } from 'drizzle-orm';
import { type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { conflict } from '../../platform/errors';
import { recordAudit } from '../audit';
import { findPeopleDetails } from '../people';
import { lockMember } from './member-rows';
import { queueNotices } from './notify';
import { findProgramme } from './programme-rows';
import { members } from './schema';
import { raiseValanga } from './valanga';

const audit = (
  tx: Ctx,
  action: string,
  m: { id: string; personId: string; programmeId: string },
  data: Record<string, unknown>,
) =>
  recordAudit({
    ctx: tx,
    input: { action, targetType: 'person', targetId: m.personId, data: { programmeId: m.programmeId, memberId: m.id, ...data } },
  });

/** Comms suspend a member's sharing through Voce, with a reason the member sees (audited, reversible). */
export async function suspendMember({ ctx, input }: { ctx: Ctx; input: { memberId: string; reason: string } }) {
  requirePermission(ctx, 'programme.manage');
  const after = await inTx(ctx, async (tx) => {
    const m = await lockMember(tx, input.memberId);
    if (m.status !== 'active') throw conflict('ambassadors.not_active_member');
    await tx.db
      .update(members)
      .set({ status: 'suspended', suspendedAt: new Date(), suspendedReason: input.reason })
      .where(ofOrg(tx, members, eq(members.id, m.id)));
    await audit(tx, 'programme.member_suspended', m, { reason: input.reason });
    const [p, [person]] = await Promise.all([findProgramme(tx, m.programmeId), findPeopleDetails(tx, [m.personId])]);
    return person
      ? queueNotices(tx, [
          {
            to: person,
            template: 'programme_suspended',
            vars: { programme: p.name, reason: input.reason },
            path: '/ambassadors',
          },
        ])
      : async () => {};
  });
  await after(ctx.platform);
  return { ok: true };
}

/** Lifts a suspension: sharing through Voce works again (the guidelines rule still applies). */
export async function reinstateMember({ ctx, input }: { ctx: Ctx; input: { memberId: string } }) {
  requirePermission(ctx, 'programme.manage');
  return inTx(ctx, async (tx) => {
    const m = await lockMember(tx, input.memberId);
    if (m.status !== 'suspended') throw conflict('ambassadors.not_suspended');
    await tx.db
      .update(members)
      .set({ status: 'active', suspendedReason: null })
      .where(ofOrg(tx, members, eq(members.id, m.id)));
    await audit(tx, 'programme.member_reinstated', m, {});
    return { ok: true };
  });
}

/** Records (or clears) a member's known last day; a date raises the valanga check at once. */
export async function setLeaving({ ctx, input }: { ctx: Ctx; input: { memberId: string; leavingOn: string | null } }) {
  requirePermission(ctx, 'programme.manage');
  const after = await inTx(ctx, async (tx) => {
    const m = await lockMember(tx, input.memberId);
    if (m.status !== 'active' && m.status !== 'suspended') throw conflict('ambassadors.not_active_member');
    await tx.db
      .update(members)
      .set({ leavingOn: input.leavingOn })
      .where(ofOrg(tx, members, eq(members.id, m.id)));
    await audit(tx, 'programme.member_leaving', m, { leavingOn: input.leavingOn });
    return input.leavingOn ? raiseValanga(tx, await findProgramme(tx, m.programmeId), m, 'leaving') : null;
  });
  await after?.(ctx.platform);
  return { ok: true };
}
