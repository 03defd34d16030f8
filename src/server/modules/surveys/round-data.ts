import { and, eq } from 'drizzle-orm';
import { LRUCache } from 'lru-cache';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { type Plan, planDisclosure, planNamed, type Respondent } from './disclosure';
import { surveyAnswers, surveyResponses } from './schema';
import type { Answer } from './tally';

export type RoundData = { respondents: Respondent[]; answers: Map<string, Answer>[]; plan: Plan };

// A closed round never changes (no answer is accepted after it closes), so its plan is computed once per threshold.
const closedRounds = new LRUCache<string, RoundData>({ max: 64 });

async function load(ctx: Ctx, roundId: string) {
  const [rows, answerRows] = await Promise.all([
    ctx.db
      .select({
        id: surveyResponses.id,
        department: surveyResponses.department,
        site: surveyResponses.site,
        jobFamily: surveyResponses.jobFamily,
        tenure: surveyResponses.tenure,
        teamKeys: surveyResponses.teamKeys,
      })
      .from(surveyResponses)
      .where(ofOrg(ctx, surveyResponses, eq(surveyResponses.roundId, roundId))),
    ctx.db
      .select({
        responseId: surveyAnswers.responseId,
        questionId: surveyAnswers.questionId,
        value: surveyAnswers.value,
        choices: surveyAnswers.choices,
        text: surveyAnswers.text,
      })
      .from(surveyAnswers)
      .innerJoin(surveyResponses, eq(surveyResponses.id, surveyAnswers.responseId))
      .where(ofOrg(ctx, surveyAnswers, and(eq(surveyResponses.roundId, roundId), eq(surveyResponses.orgId, ctx.orgId)))),
  ]);
  const index = new Map(rows.map((r, i) => [r.id, i]));
  const answers = rows.map(() => new Map<string, Answer>());
  for (const a of answerRows) {
    const i = index.get(a.responseId);
    if (i !== undefined) answers[i].set(a.questionId, { value: a.value, choices: a.choices, text: a.text });
  }
  const respondents: Respondent[] = rows.map(({ id: _id, ...r }) => r);
  return { respondents, answers };
}

/** The responses of a round with the groups that may be shown (every group, for a named survey). */
export async function roundData(
  ctx: Ctx,
  round: { id: string; status: 'open' | 'closed' },
  opts: { anonymous: boolean; k: number },
): Promise<RoundData> {
  const key = `${ctx.orgId}:${round.id}:${opts.anonymous ? opts.k : 'named'}`;
  const cached = round.status === 'closed' ? closedRounds.get(key) : undefined;
  if (cached) return cached;
  const { respondents, answers } = await load(ctx, round.id);
  const plan = opts.anonymous ? planDisclosure(respondents, opts.k) : planNamed(respondents);
  const data = { respondents, answers, plan };
  if (round.status === 'closed') closedRounds.set(key, data);
  return data;
}
