import { asc, eq, inArray } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { notFound } from '../../platform/errors';
import { trainingPropositions, trainingSessions, trainings } from './schema';

export type TrainingRow = typeof trainings.$inferSelect;
export type PropositionRow = typeof trainingPropositions.$inferSelect;
export type SessionRow = typeof trainingSessions.$inferSelect;

/** The training of the caller's organisation, or 404. `lock`: held until the transaction ends. */
export async function getTraining(ctx: Ctx, id: string, opts: { lock?: boolean; published?: boolean } = {}) {
  const q = ctx.db
    .select()
    .from(trainings)
    .where(ofOrg(ctx, trainings, eq(trainings.id, id)));
  const [row] = opts.lock ? await q.for('update') : await q;
  // Learners never see drafts or archived offers: to them they do not exist.
  if (!row || (opts.published && row.status !== 'published')) throw notFound('training');
  return row;
}

/** The session of the caller's organisation, or 404; locked when asked (seats are counted under this lock). */
export async function getSession(ctx: Ctx, id: string, opts: { lock?: boolean } = {}) {
  const q = ctx.db
    .select()
    .from(trainingSessions)
    .where(ofOrg(ctx, trainingSessions, eq(trainingSessions.id, id)));
  const [row] = opts.lock ? await q.for('update') : await q;
  if (!row) throw notFound('session');
  return row;
}

export async function propositionsOf(ctx: Ctx, trainingIds: string[]): Promise<Map<string, PropositionRow[]>> {
  const out = new Map<string, PropositionRow[]>();
  if (trainingIds.length === 0) return out;
  const rows = await ctx.db
    .select()
    .from(trainingPropositions)
    .where(ofOrg(ctx, trainingPropositions, inArray(trainingPropositions.trainingId, trainingIds)))
    .orderBy(asc(trainingPropositions.position));
  for (const r of rows) out.set(r.trainingId, [...(out.get(r.trainingId) ?? []), r]);
  return out;
}

export async function sessionsOf(ctx: Ctx, trainingIds: string[]): Promise<Map<string, SessionRow[]>> {
  const out = new Map<string, SessionRow[]>();
  if (trainingIds.length === 0) return out;
  const rows = await ctx.db
    .select()
    .from(trainingSessions)
    .where(ofOrg(ctx, trainingSessions, inArray(trainingSessions.trainingId, trainingIds)))
    .orderBy(asc(trainingSessions.startsAt));
  for (const r of rows) out.set(r.trainingId, [...(out.get(r.trainingId) ?? []), r]);
  return out;
}

export const hoursOf = (t: Pick<TrainingRow, 'durationMinutes'>) => Math.round((t.durationMinutes / 60) * 100) / 100;
export const today = () => new Date().toISOString().slice(0, 10);
export const iso = (d: Date | null) => d?.toISOString() ?? null;
