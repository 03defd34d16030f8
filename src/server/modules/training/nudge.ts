import { and, desc, eq, gt, sql } from 'drizzle-orm';
import { actorOf, type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { AppError, conflict, notFound } from '../../platform/errors';
import type { NudgeBodyT, TeamTrainingT } from './contract';
import { getTeamTraining } from './get-team-training';
import { queueTrainingMail, trainingUrl } from './mail';
import { orgPeople } from './org-people';
import { isEligible } from './population';
import { getTraining, propositionsOf, today } from './rows';
import { trainingEnrolments, trainingNudges } from './schema';
import { NUDGE_INTERVAL_MS } from './team-data';

/**
 * A manager's personal nudge to one person of their team about one training, by e-mail and on the person's card.
 * At most one per person per week, whoever sends it: the check and the insert run under a transaction-scoped lock on
 * the person, so a flood of nudges sent at once lets exactly one through; the others get 429 with the date when the
 * next one is possible.
 */
export async function nudge({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { trainingId: string; body: NudgeBodyT };
}): Promise<TeamTrainingT> {
  requirePermission(ctx, 'training.team');
  const actor = actorOf(ctx);
  const t = await getTraining(ctx, input.trainingId, { published: true });
  const people = await orgPeople(ctx);
  const person = people.byId.get(input.body.personId);
  // Only the manager's own team: anyone else is unknown to them.
  if (!person || !people.hierarchy.teamOf(actor.personId).has(person.id)) throw notFound('person');
  const rules = (await propositionsOf(ctx, [t.id])).get(t.id) ?? [];
  if (!isEligible(rules, person, today())) throw conflict('training.not_eligible');
  const after = await inTx(ctx, async (tx) => {
    await tx.db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`training-nudge:${person.id}`}, 0))`);
    const [done] = await tx.db
      .select({ at: trainingEnrolments.completedAt })
      .from(trainingEnrolments)
      .where(
        ofOrg(tx, trainingEnrolments, and(eq(trainingEnrolments.trainingId, t.id), eq(trainingEnrolments.personId, person.id))),
      );
    if (done?.at) throw conflict('training.already_completed');
    const [last] = await tx.db
      .select({ at: trainingNudges.createdAt })
      .from(trainingNudges)
      .where(
        ofOrg(
          tx,
          trainingNudges,
          and(eq(trainingNudges.personId, person.id), gt(trainingNudges.createdAt, new Date(Date.now() - NUDGE_INTERVAL_MS))),
        ),
      )
      .orderBy(desc(trainingNudges.createdAt))
      .limit(1);
    if (last) {
      const next = new Date(last.at.getTime() + NUDGE_INTERVAL_MS);
      throw new AppError(
        'training.nudge_too_soon',
        429,
        { name: person.name, date: next.toISOString().slice(0, 10) },
        { availableAt: next.toISOString() },
      );
    }
    await tx.db.insert(trainingNudges).values({
      orgId: ctx.orgId,
      trainingId: t.id,
      managerId: actor.personId,
      personId: person.id,
      message: input.body.message,
    });
    return queueTrainingMail(tx, 'training_nudge', person, {
      title: t.title,
      managerName: actor.name,
      message: input.body.message,
      url: trainingUrl(tx, t.id, 'nudge'),
    });
  });
  await after(ctx.platform);
  return getTeamTraining({ ctx, input: { id: t.id } });
}
