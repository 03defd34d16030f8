import { sql } from 'drizzle-orm';
import { actorOf, type Ctx, inTx, requirePermission } from '../../platform/ctx';
import { AppError, conflict, notFound } from '../../platform/errors';
import { recordAudit } from '../audit';
import { findPeopleDetails } from '../people';
import type { NominateBodyT } from './contract';
import { queueNotices } from './notify';
import { findProgramme } from './programme-rows';
import { applications } from './schema';

/**
 * A manager, HR or comms propose a colleague with a reason. The nominee gets an e-mail and becomes a candidate only
 * if they accept: nobody enters a programme without saying yes.
 */
export async function nominate({ ctx, input }: { ctx: Ctx; input: NominateBodyT & { programmeId: string } }) {
  requirePermission(ctx, 'programme.nominate');
  const me = actorOf(ctx);
  const p = await findProgramme(ctx, input.programmeId);
  const [nominee] = await findPeopleDetails(ctx, [input.personId]);
  if (!nominee) throw notFound('person');
  if (nominee.status === 'inactive') throw new AppError('ambassadors.person_inactive', 422);
  const fields = {
    nominatedBy: me.personId,
    nominationReason: input.reason,
    status: 'nominated' as const,
    source: 'nominated' as const,
  };
  const { row, after } = await inTx(ctx, async (tx) => {
    const [row] = await tx.db
      .insert(applications)
      .values({ orgId: ctx.orgId, programmeId: p.id, personId: nominee.id, ...fields })
      .onConflictDoUpdate({
        target: [applications.programmeId, applications.personId],
        set: { ...fields, consentAt: null, decidedAt: null, decidedBy: null, decisionReason: null, updatedAt: new Date() },
        setWhere: sql`${applications.status} not in ('nominated', 'pending', 'waitlisted', 'invited')
          and not exists (select 1 from programme_members m where m.programme_id = ${p.id} and m.person_id = ${nominee.id}
                          and m.status in ('active', 'suspended'))`,
      })
      .returning({ id: applications.id });
    if (!row) throw conflict('ambassadors.already_candidate', { name: nominee.name });
    await recordAudit({
      ctx: tx,
      input: {
        action: 'programme.nominated',
        targetType: 'person',
        targetId: nominee.id,
        targetName: nominee.name,
        data: { programmeId: p.id, reason: input.reason },
      },
    });
    const after = await queueNotices(tx, [
      {
        to: nominee,
        template: 'programme_nomination',
        vars: { nominator: me.name, programme: p.name, reason: input.reason },
        path: '/ambassadors',
      },
    ]);
    return { row, after };
  });
  await after(ctx.platform);
  return { id: row.id, created: true };
}
