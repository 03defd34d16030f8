import { desc, eq, lte } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { listAudience } from '../people';
import { audienceRule, type SurveyRow } from './load-survey';
import { surveyRounds, surveys } from './schema';

const DAY = 86_400_000;

/** When a round opened at `opensAt` closes: a calendar month or a week for pulses; the survey's date (or 14 days). */
export function roundEnd(s: Pick<SurveyRow, 'recurrence' | 'closesAt'>, opensAt: Date): Date {
  if (s.recurrence === 'weekly') return new Date(opensAt.getTime() + 7 * DAY);
  if (s.recurrence === 'monthly') {
    const d = new Date(opensAt);
    d.setUTCMonth(d.getUTCMonth() + 1);
    return d;
  }
  return s.closesAt ?? new Date(opensAt.getTime() + 14 * DAY);
}

/**
 * Opens round `seq` (the unique (survey, seq) makes a second opener fail harmlessly: the caller treats a duplicate
 * as done). The audience is counted now: the response rate's denominator.
 */
export async function openRound(ctx: Ctx, s: SurveyRow, seq: number, opensAt: Date) {
  const audience = await listAudience(ctx, await audienceRule(ctx, s));
  const [row] = await ctx.db
    .insert(surveyRounds)
    .values({ orgId: ctx.orgId, surveyId: s.id, seq, opensAt, closesAt: roundEnd(s, opensAt), audienceSize: audience.length })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

/** The round of a survey open right now, if any. */
export async function currentRound(ctx: Ctx, surveyId: string) {
  const [row] = await ctx.db
    .select()
    .from(surveyRounds)
    .where(ofOrg(ctx, surveyRounds, eq(surveyRounds.surveyId, surveyId), eq(surveyRounds.status, 'open')))
    .orderBy(desc(surveyRounds.seq))
    .limit(1);
  return row ?? null;
}

/**
 * Closes the survey's rounds that are due (a conditional update: twice is harmless); a pulse then opens its next
 * period, a one-off survey is closed. Returns how many rounds it closed.
 */
export async function advanceSurvey(ctx: Ctx, s: SurveyRow, now: Date): Promise<number> {
  const closed = await ctx.db
    .update(surveyRounds)
    .set({ status: 'closed' })
    .where(
      ofOrg(ctx, surveyRounds, eq(surveyRounds.surveyId, s.id), eq(surveyRounds.status, 'open'), lte(surveyRounds.closesAt, now)),
    )
    .returning();
  if (s.status !== 'active') return closed.length;
  if (s.recurrence === 'none') {
    if (closed.length)
      await ctx.db
        .update(surveys)
        .set({ status: 'closed' })
        .where(ofOrg(ctx, surveys, eq(surveys.id, s.id), eq(surveys.status, 'active')));
    return closed.length;
  }
  // A pulse: open periods until one covers now (a server that was down for months catches up one period at a time).
  const [last] = await ctx.db
    .select()
    .from(surveyRounds)
    .where(ofOrg(ctx, surveyRounds, eq(surveyRounds.surveyId, s.id)))
    .orderBy(desc(surveyRounds.seq))
    .limit(1);
  if (last && last.status === 'closed') {
    let opensAt = last.closesAt;
    let seq = last.seq + 1;
    while (roundEnd(s, opensAt) <= now) {
      opensAt = roundEnd(s, opensAt);
      seq++;
    }
    await openRound(ctx, s, seq, opensAt);
  }
  return closed.length;
}
