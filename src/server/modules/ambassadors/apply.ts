import { eq, sql } from 'drizzle-orm';
import { actorOf, type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { AppError } from '../../platform/errors';
import { recordAudit } from '../audit';
import { findPeopleDetails } from '../people';
import type { ApplyBodyT } from './contract';
import { checkEligibility } from './eligibility';
import { findProgramme, today } from './programme-rows';
import { applications } from './schema';

/** Statuses in which a person is already on their way in: applying again answers the same application. */
const inProgress = ['nominated', 'pending', 'waitlisted', 'invited'];

/**
 * An employee applies. One application per person and programme: a second request (a double tap, two tabs) answers
 * the existing one; someone declined or an alumnus may apply again, which reopens the same application.
 */
export async function applyToProgramme({ ctx, input }: { ctx: Ctx; input: ApplyBodyT & { programmeId: string } }) {
  requirePermission(ctx, 'share');
  const me = actorOf(ctx);
  const p = await findProgramme(ctx, input.programmeId);
  if (!p.open) throw new AppError('ambassadors.closed', 409);
  const [person] = await findPeopleDetails(ctx, [me.personId]);
  if (!checkEligibility(p.eligibility, person, today()).eligible) throw new AppError('ambassadors.not_eligible', 422);
  const fields = {
    motivation: input.motivation,
    networks: input.networks,
    audienceSize: input.audienceSize ?? null,
    availability: input.availability,
  };
  return inTx(ctx, async (tx) => {
    // Insert or, for a finished earlier attempt, reopen; a concurrent twin waits on the unique index and reopens nothing.
    const [row] = await tx.db
      .insert(applications)
      .values({
        orgId: ctx.orgId,
        programmeId: p.id,
        personId: me.personId,
        source: 'applied',
        status: 'pending',
        consentAt: new Date(),
        ...fields,
      })
      .onConflictDoUpdate({
        target: [applications.programmeId, applications.personId],
        set: {
          ...fields,
          status: 'pending',
          source: 'applied',
          consentAt: new Date(),
          decidedAt: null,
          decidedBy: null,
          decisionReason: null,
          updatedAt: new Date(),
        },
        setWhere: sql`${applications.status} not in ('nominated', 'pending', 'waitlisted', 'invited')
          and not exists (select 1 from programme_members m where m.programme_id = ${p.id} and m.person_id = ${me.personId}
                          and m.status in ('active', 'suspended'))`,
      })
      .returning({ id: applications.id });
    if (row) {
      await recordAudit({
        ctx: tx,
        input: { action: 'programme.applied', targetType: 'programme', targetId: p.id, targetName: p.name },
      });
      return { id: row.id, created: true };
    }
    const [existing] = await tx.db
      .select({ id: applications.id, status: applications.status })
      .from(applications)
      .where(ofOrg(tx, applications, eq(applications.programmeId, p.id), eq(applications.personId, me.personId)));
    return { id: existing.id, created: false, inProgress: inProgress.includes(existing.status) };
  });
}
