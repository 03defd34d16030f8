import { asc, eq } from 'drizzle-orm';
import { type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import { findPeopleById } from '../people';
import type { ParticipantsT } from './contract';
import { getTraining, iso } from './rows';
import { trainingEnrolments } from './schema';

/** Everyone who enrolled in a training, with their session, status, completion and the channel that brought them. */
export async function listParticipants({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<ParticipantsT> {
  requirePermission(ctx, 'training.manage');
  const t = await getTraining(ctx, input.id);
  const rows = await ctx.db
    .select()
    .from(trainingEnrolments)
    .where(ofOrg(ctx, trainingEnrolments, eq(trainingEnrolments.trainingId, t.id)))
    .orderBy(asc(trainingEnrolments.createdAt));
  const people = await findPeopleById(ctx, [...new Set(rows.map((r) => r.personId))]);
  return {
    items: rows
      .map((r) => ({
        enrolmentId: r.id,
        personId: r.personId,
        name: people.get(r.personId)?.name ?? '',
        department: people.get(r.personId)?.department ?? null,
        status: r.status,
        sessionId: r.sessionId,
        completedAt: iso(r.completedAt),
        completionSource: r.completionSource,
        channel: r.channel,
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}
