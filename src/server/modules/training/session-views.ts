import { count, inArray, sql } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { findPeopleById } from '../people';
import type { SessionViewT } from './contract';
import type { SessionRow } from './rows';
import { trainingEnrolments } from './schema';

/** Seats taken (enrolled or waiting for approval) and people waiting, per session. */
export async function seatCounts(ctx: Ctx, sessionIds: string[]) {
  const out = new Map<string, { taken: number; waitlisted: number }>();
  if (sessionIds.length === 0) return out;
  const rows = await ctx.db
    .select({
      sessionId: trainingEnrolments.sessionId,
      taken: sql<number>`count(*) filter (where ${trainingEnrolments.status} in ('enrolled', 'pending'))::int`,
      waitlisted: sql<number>`count(*) filter (where ${trainingEnrolments.status} = 'waitlisted')::int`,
      all: count(),
    })
    .from(trainingEnrolments)
    .where(ofOrg(ctx, trainingEnrolments, inArray(trainingEnrolments.sessionId, sessionIds)))
    .groupBy(trainingEnrolments.sessionId);
  for (const r of rows) if (r.sessionId) out.set(r.sessionId, { taken: r.taken, waitlisted: r.waitlisted });
  return out;
}

export async function sessionViews(ctx: Ctx, sessions: SessionRow[]): Promise<SessionViewT[]> {
  const counts = await seatCounts(
    ctx,
    sessions.map((s) => s.id),
  );
  const trainers = await findPeopleById(ctx, [...new Set(sessions.flatMap((s) => (s.trainerId ? [s.trainerId] : [])))]);
  return sessions.map((s) => ({
    id: s.id,
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    place: s.place,
    onlineUrl: s.onlineUrl,
    seats: s.seats,
    taken: counts.get(s.id)?.taken ?? 0,
    waitlisted: counts.get(s.id)?.waitlisted ?? 0,
    trainerId: s.trainerId,
    trainerName: s.trainerId ? (trainers.get(s.trainerId)?.name ?? null) : null,
  }));
}
