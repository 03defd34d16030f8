import { and, eq, gt, inArray } from 'drizzle-orm';
import { actorOf, type Ctx, ofOrg } from '../../platform/ctx';
import { findProfile, inAudience } from '../people';
import type { OpenSurveyT } from './contract';
import { audienceRule, pick, questionsOf } from './load-survey';
import { surveyParticipation, surveyRounds, surveys } from './schema';

/** Surveys I may answer now (open round, I am in the audience), each saying whether I already have. */
export async function listOpenSurveys({ ctx }: { ctx: Ctx; input?: undefined }): Promise<{ items: OpenSurveyT[] }> {
  const actor = actorOf(ctx);
  const rows = await ctx.db
    .select({ survey: surveys, round: surveyRounds })
    .from(surveyRounds)
    .innerJoin(surveys, eq(surveys.id, surveyRounds.surveyId))
    .where(
      ofOrg(
        ctx,
        surveyRounds,
        eq(surveyRounds.status, 'open'),
        gt(surveyRounds.closesAt, new Date()),
        eq(surveys.status, 'active'),
        eq(surveys.orgId, ctx.orgId),
      ),
    );
  const profile = await findProfile(ctx, actor.personId);
  if (!profile || rows.length === 0) return { items: [] };
  const mine = [];
  for (const r of rows) if (inAudience(await audienceRule(ctx, r.survey), profile)) mine.push(r);
  const answered = mine.length
    ? await ctx.db
        .select({ roundId: surveyParticipation.roundId })
        .from(surveyParticipation)
        .where(
          ofOrg(
            ctx,
            surveyParticipation,
            and(
              eq(surveyParticipation.personId, actor.personId),
              inArray(
                surveyParticipation.roundId,
                mine.map((r) => r.round.id),
              ),
            ),
          ),
        )
    : [];
  const done = new Set(answered.map((a) => a.roundId));
  const lang = actor.locale;
  const items: OpenSurveyT[] = [];
  for (const { survey: s, round } of mine) {
    const questions = await questionsOf(ctx, s.id);
    items.push({
      id: s.id,
      roundId: round.id,
      kind: s.kind,
      title: pick(lang, s.titleIt, s.titleEn),
      intro: pick(lang, s.introIt, s.introEn),
      anonymous: s.anonymous,
      closesAt: round.closesAt.toISOString(),
      answered: done.has(round.id),
      questions: questions.map((q) => ({
        id: q.id,
        kind: q.kind,
        text: pick(lang, q.textIt, q.textEn),
        choices: q.choices.map((c) => pick(lang, c.it, c.en)),
        required: q.required,
      })),
    });
  }
  return { items };
}

/** Whether the person has answered the survey's current (or latest) round: onboarding steps ask this. */
export async function hasAnswered(ctx: Ctx, input: { surveyId: string; personId: string }): Promise<boolean> {
  const [row] = await ctx.db
    .select({ roundId: surveyParticipation.roundId })
    .from(surveyParticipation)
    .innerJoin(surveyRounds, eq(surveyRounds.id, surveyParticipation.roundId))
    .where(
      ofOrg(
        ctx,
        surveyParticipation,
        eq(surveyParticipation.personId, input.personId),
        eq(surveyRounds.surveyId, input.surveyId),
      ),
    )
    .limit(1);
  return !!row;
}
