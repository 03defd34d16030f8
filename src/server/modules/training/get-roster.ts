import { and, eq, inArray } from 'drizzle-orm';
import { actorOf, type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import { notFound } from '../../platform/errors';
import { can } from '../../platform/permissions';
import { findPeopleById } from '../people';
import type { RosterT } from './contract';
import { getSession, getTraining, type SessionRow } from './rows';
import { trainingEnrolments } from './schema';
import { sessionViews } from './session-views';

/** The session's trainer, or L&D: anyone else does not see that the session exists. */
export async function sessionForTrainer(ctx: Ctx, id: string): Promise<SessionRow> {
  requirePermission(ctx, 'training.learn');
  const actor = actorOf(ctx);
  const s = await getSession(ctx, id);
  if (s.trainerId !== actor.personId && !can(actor.roles, 'training.manage')) throw notFound('session');
  return s;
}

/** The check-in list of a session: the people holding a seat, and who has been checked in. */
export async function getRoster({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<RosterT> {
  const s = await sessionForTrainer(ctx, input.id);
  const t = await getTraining(ctx, s.trainingId);
  const rows = await ctx.db
    .select({ personId: trainingEnrolments.personId, completedAt: trainingEnrolments.completedAt })
    .from(trainingEnrolments)
    .where(
      ofOrg(
        ctx,
        trainingEnrolments,
        and(eq(trainingEnrolments.sessionId, s.id), inArray(trainingEnrolments.status, ['enrolled'])),
      ),
    );
  const people = await findPeopleById(
    ctx,
    rows.map((r) => r.personId),
  );
  const [session] = await sessionViews(ctx, [s]);
  return {
    session,
    trainingId: t.id,
    title: t.title,
    people: rows
      .map((r) => ({
        personId: r.personId,
        name: people.get(r.personId)?.name ?? '',
        department: people.get(r.personId)?.department ?? null,
        present: !!r.completedAt,
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}
