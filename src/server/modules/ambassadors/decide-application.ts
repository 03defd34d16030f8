import { and, eq } from 'drizzle-orm';
import { actorOf, type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { AppError, conflict, notFound } from '../../platform/errors';
import { recordAudit } from '../audit';
import { findPeopleDetails } from '../people';
import { addMember } from './add-member';
import type { DecisionBodyT } from './contract';
import { queueNotices } from './notify';
import { currentCohort, lockProgramme } from './programme-rows';
import { applications } from './schema';

const next = { accept: 'accepted', waitlist: 'waitlisted', decline: 'declined' } as const;
const template = { accept: 'programme_accepted', waitlist: 'programme_waitlisted', decline: 'programme_declined' } as const;

/**
 * A reviewer decides on a candidate, with a reason and the rubric's scores; the candidate gets a kind message in
 * their language. The decision applies only to the state the reviewer saw (`from`, pending by default): when two
 * reviewers decide at once, one decision stands and the other gets 409 already_decided.
 */
export async function decideApplication({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: DecisionBodyT & { applicationId: string; programmeId?: string };
}) {
  requirePermission(ctx, 'programme.review');
  actorOf(ctx);
  const [app] = await ctx.db
    .select({ programmeId: applications.programmeId, personId: applications.personId })
    .from(applications)
    .where(ofOrg(ctx, applications, eq(applications.id, input.applicationId)));
  if (!app || (input.programmeId && app.programmeId !== input.programmeId)) throw notFound('application');
  const [person] = await findPeopleDetails(ctx, [app.personId]);
  if (input.decision === 'accept' && person?.status === 'inactive') throw new AppError('ambassadors.person_inactive', 422);
  const { result, after } = await inTx(ctx, async (tx) => {
    const p = await lockProgramme(tx, app.programmeId);
    const scores = Object.fromEntries(Object.entries(input.scores).filter(([k]) => p.rubric.some((r) => r.key === k)));
    const [row] = await tx.db
      .update(applications)
      .set({
        status: next[input.decision],
        decisionReason: input.reason,
        scores,
        decidedBy: ctx.actor?.personId ?? null,
        decidedAt: new Date(),
        updatedAt: new Date(),
      })
      .where(ofOrg(tx, applications, and(eq(applications.id, input.applicationId), eq(applications.status, input.from))))
      .returning({ id: applications.id, status: applications.status });
    if (!row) throw conflict('ambassadors.already_decided');
    if (input.decision === 'accept') {
      const cohort = await currentCohort(tx, p.id);
      if (!cohort) throw conflict('ambassadors.no_current_cohort');
      await addMember(tx, p, cohort.id, app.personId);
    }
    await recordAudit({
      ctx: tx,
      input: {
        action: `programme.candidate_${row.status}`,
        targetType: 'person',
        targetId: app.personId,
        targetName: person?.name,
        data: { programmeId: p.id, reason: input.reason, scores },
      },
    });
    const after = person
      ? await queueNotices(tx, [
          {
            to: person,
            template: template[input.decision],
            vars: { programme: p.name, reason: input.reason },
            path: '/ambassadors',
          },
        ])
      : async () => {};
    return { result: { id: row.id, status: row.status }, after };
  });
  await after(ctx.platform);
  return result;
}
