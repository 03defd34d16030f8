import { eq } from 'drizzle-orm';
import { actorOf, type Ctx, inTx, ofOrg } from '../../platform/ctx';
import { conflict, notFound } from '../../platform/errors';
import { findProfile, inAudience } from '../people';
import { checkAnswers } from './check-answers';
import type { ResponseBodyT } from './contract';
import { audienceRule, findSurvey, questionsOf } from './load-survey';
import { responseAttributes } from './respondent';
import { surveyAnswers, surveyNamedResponses, surveyParticipation, surveyResponses, surveyRounds } from './schema';

/**
 * Answers a survey round once. The participation row (who) and the response (what, filed under groups and a day)
 * are written in one transaction but share nothing: no key, no time, no order the response could be traced by.
 * Named surveys add the one link, in a table the database refuses for anonymous surveys.
 */
export async function submitResponse({ ctx, input }: { ctx: Ctx; input: ResponseBodyT }) {
  const actor = actorOf(ctx);
  return inTx(ctx, async (tx) => {
    // Shared lock: closing the round waits for answers being given, and an answer never lands in a closed round.
    const [round] = await tx.db
      .select()
      .from(surveyRounds)
      .where(ofOrg(tx, surveyRounds, eq(surveyRounds.id, input.roundId)))
      .for('share');
    if (!round) throw notFound('survey');
    const survey = await findSurvey(tx, round.surveyId);
    const now = new Date();
    const profile = await findProfile(tx, actor.personId);
    if (!profile || !inAudience(await audienceRule(tx, survey), profile)) throw notFound('survey');
    if (survey.status !== 'active' || round.status !== 'open' || round.closesAt <= now) throw conflict('surveys.round_closed');
    const answers = checkAnswers(await questionsOf(tx, survey.id), input.answers);
    const [took] = await tx.db
      .insert(surveyParticipation)
      .values({ orgId: ctx.orgId, roundId: round.id, personId: actor.personId })
      .onConflictDoNothing()
      .returning();
    if (!took) throw conflict('surveys.already_answered');
    const [response] = await tx.db
      .insert(surveyResponses)
      .values({
        orgId: ctx.orgId,
        surveyId: survey.id,
        roundId: round.id,
        ...responseAttributes(ctx.platform, ctx.orgId, profile, now),
      })
      .returning({ id: surveyResponses.id });
    if (answers.length)
      await tx.db.insert(surveyAnswers).values(answers.map((a) => ({ ...a, orgId: ctx.orgId, responseId: response.id })));
    if (!survey.anonymous)
      await tx.db
        .insert(surveyNamedResponses)
        .values({ orgId: ctx.orgId, responseId: response.id, surveyId: survey.id, personId: actor.personId });
    return { ok: true as const, anonymous: survey.anonymous };
  });
}
