import { asc, count, eq, inArray, isNotNull } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { notFound } from '../../platform/errors';
import type { AudienceRule } from '../people';
import type { SurveyT } from './contract';
import { surveyParticipation, surveyQuestions, surveyRounds, surveys, surveyTargets } from './schema';

export type SurveyRow = typeof surveys.$inferSelect;
export type RoundRow = typeof surveyRounds.$inferSelect;

export async function findSurvey(ctx: Ctx, id: string, forUpdate = false): Promise<SurveyRow> {
  const q = ctx.db
    .select()
    .from(surveys)
    .where(ofOrg(ctx, surveys, eq(surveys.id, id)));
  const [row] = forUpdate ? await q.for('update') : await q;
  if (!row) throw notFound('survey');
  return row;
}

/** The active pulse aimed at new hires (onboarding journeys point their "how is your first week" step at it). */
export async function findNewHirePulse(ctx: Ctx): Promise<string | null> {
  const [row] = await ctx.db
    .select({ id: surveys.id })
    .from(surveys)
    .where(ofOrg(ctx, surveys, eq(surveys.status, 'active'), isNotNull(surveys.newHireDays)))
    .limit(1);
  return row?.id ?? null;
}

/** Whether a survey of the caller's organisation has this id. */
export async function surveyExists(ctx: Ctx, id: string): Promise<boolean> {
  const [row] = await ctx.db
    .select({ id: surveys.id })
    .from(surveys)
    .where(ofOrg(ctx, surveys, eq(surveys.id, id)));
  return !!row;
}

export async function audienceRule(ctx: Ctx, s: SurveyRow): Promise<AudienceRule> {
  const targets = s.targetAll
    ? []
    : await ctx.db
        .select()
        .from(surveyTargets)
        .where(ofOrg(ctx, surveyTargets, eq(surveyTargets.surveyId, s.id)));
  const of = (kind: string) => targets.filter((t) => t.kind === kind).map((t) => t.value);
  return {
    all: s.targetAll,
    departments: of('department'),
    sites: of('site'),
    jobFamilies: of('jobFamily'),
    hiredWithinDays: s.newHireDays,
  };
}

export async function questionsOf(ctx: Ctx, surveyId: string) {
  return ctx.db
    .select()
    .from(surveyQuestions)
    .where(ofOrg(ctx, surveyQuestions, eq(surveyQuestions.surveyId, surveyId)))
    .orderBy(asc(surveyQuestions.position));
}

/** Rounds of these surveys with how many have answered each (a count from the participation table). */
export async function roundsOf(ctx: Ctx, surveyIds: string[]) {
  if (surveyIds.length === 0) return [];
  const rounds = await ctx.db
    .select()
    .from(surveyRounds)
    .where(ofOrg(ctx, surveyRounds, inArray(surveyRounds.surveyId, surveyIds)))
    .orderBy(asc(surveyRounds.seq));
  const counts = rounds.length
    ? await ctx.db
        .select({ roundId: surveyParticipation.roundId, n: count() })
        .from(surveyParticipation)
        .where(
          ofOrg(
            ctx,
            surveyParticipation,
            inArray(
              surveyParticipation.roundId,
              rounds.map((r) => r.id),
            ),
          ),
        )
        .groupBy(surveyParticipation.roundId)
    : [];
  const byRound = new Map(counts.map((c) => [c.roundId, Number(c.n)]));
  return rounds.map((r) => ({ ...r, responses: byRound.get(r.id) ?? 0 }));
}

export const roundView = (r: RoundRow & { responses: number }) => ({
  id: r.id,
  seq: r.seq,
  opensAt: r.opensAt.toISOString(),
  closesAt: r.closesAt.toISOString(),
  status: r.status,
  audienceSize: r.audienceSize,
  responses: r.responses,
});

/** The whole survey as its editors see it. */
export async function surveyView(ctx: Ctx, s: SurveyRow): Promise<SurveyT> {
  const [questions, rule, rounds] = await Promise.all([questionsOf(ctx, s.id), audienceRule(ctx, s), roundsOf(ctx, [s.id])]);
  return {
    id: s.id,
    kind: s.kind,
    titleIt: s.titleIt,
    titleEn: s.titleEn,
    introIt: s.introIt,
    introEn: s.introEn,
    anonymous: s.anonymous,
    recurrence: s.recurrence,
    status: s.status,
    targeting: {
      all: rule.all,
      departments: rule.departments ?? [],
      sites: rule.sites ?? [],
      jobFamilies: rule.jobFamilies ?? [],
      newHireDays: s.newHireDays,
    },
    remindAfterDays: s.remindAfterDays,
    closesAt: s.closesAt?.toISOString() ?? null,
    publishedAt: s.publishedAt?.toISOString() ?? null,
    questions: questions.map((q) => ({
      id: q.id,
      kind: q.kind,
      textIt: q.textIt,
      textEn: q.textEn,
      choices: q.choices,
      required: q.required,
    })),
    rounds: rounds.map(roundView),
  };
}

/** A text in the reader's language, falling back to the other one. */
export const pick = (locale: string, it: string, en: string) => (locale === 'en' ? en || it : it || en);
