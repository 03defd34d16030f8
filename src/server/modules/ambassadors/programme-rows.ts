import { and, desc, eq, inArray, lte, ne } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { notFound } from '../../platform/errors';
import { cohorts, programmes } from './schema';

export type ProgrammeRow = typeof programmes.$inferSelect;
export type CohortRow = typeof cohorts.$inferSelect;

/** The programme, of the caller's organisation only. */
export async function findProgramme(ctx: Ctx, id: string): Promise<ProgrammeRow> {
  const [p] = await ctx.db
    .select()
    .from(programmes)
    .where(ofOrg(ctx, programmes, eq(programmes.id, id)));
  if (!p) throw notFound('programme');
  return p;
}

/**
 * The programme's row, locked until the transaction ends: every write that adds a member (or decides on a
 * candidate) takes it first, so seats are counted by one writer at a time and never oversold.
 */
export async function lockProgramme(ctx: Ctx, id: string): Promise<ProgrammeRow> {
  const [p] = await ctx.db
    .select()
    .from(programmes)
    .where(ofOrg(ctx, programmes, eq(programmes.id, id)))
    .for('update');
  if (!p) throw notFound('programme');
  return p;
}

export const today = (now = new Date()) => now.toISOString().slice(0, 10);

/** The cohort serving now: not ended, started, the latest to start. */
export async function currentCohorts(ctx: Ctx, programmeIds: string[], day = today()): Promise<Map<string, CohortRow>> {
  if (programmeIds.length === 0) return new Map();
  const rows = await ctx.db
    .select()
    .from(cohorts)
    .where(
      ofOrg(
        ctx,
        cohorts,
        and(inArray(cohorts.programmeId, programmeIds), ne(cohorts.status, 'ended'), lte(cohorts.startsOn, day)),
      ),
    )
    .orderBy(desc(cohorts.startsOn));
  const out = new Map<string, CohortRow>();
  for (const c of rows) if (!out.has(c.programmeId)) out.set(c.programmeId, c);
  return out;
}

export async function currentCohort(ctx: Ctx, programmeId: string): Promise<CohortRow | undefined> {
  return (await currentCohorts(ctx, [programmeId])).get(programmeId);
}

/** Adds months to a calendar day (the 31st moves to the month's last day). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const end = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, end))).toISOString().slice(0, 10);
}
