import type { z } from '@hono/zod-openapi';
import { type Ctx, requirePermission } from '../../platform/ctx';
import { forbidden, notFound } from '../../platform/errors';
import { can } from '../../platform/permissions';
import { getOrgSettings } from '../organisations';
import type { GroupResult, ResultsQueryT, SurveyResultsT } from './contract';
import { type Dim, dims, type Filter, teamKey } from './disclosure';
import { findSurvey, pick, questionsOf, roundsOf, roundView } from './load-survey';
import { teamKeyOf } from './respondent';
import { type RoundData, roundData } from './round-data';
import { type Scope, type Selection, selectGroups } from './select-groups';
import { type QuestionDef, scoreOf, tallyOf } from './tally';

const TREND_ROUNDS = 12;

/** HR see the organisation (any filter); a manager only their own team, as a whole. */
function scopeOf(ctx: Ctx, input: ResultsQueryT): Scope {
  const actor = ctx.actor;
  const filter: Filter = {};
  for (const d of dims) if (input[d]) filter[d] = input[d];
  if (!actor || (can(actor.roles, 'surveys.manage') && input.scope !== 'team')) return { kind: 'org', filter };
  if (can(actor.roles, 'surveys.team')) return { kind: 'team', key: teamKey(teamKeyOf(ctx.platform, ctx.orgId, actor.personId)) };
  throw forbidden();
}

function breakdownOf(data: RoundData, sel: Selection, dim: Dim, questions: QuestionDef[], locale: 'it' | 'en') {
  const groups: z.infer<typeof GroupResult>[] = sel.groups.map(({ value, members }) => {
    const scores: Record<string, number | null> = {};
    for (const q of questions)
      if (q.kind === 'enps' || q.kind === 'scale') scores[q.id] = scoreOf(tallyOf(q, members, data.answers, locale, false));
    return { value, shown: true, n: members.length, scores };
  });
  // Groups under k are not even named: one row says some groups have too few answers.
  if (sel.withheld) groups.push({ value: null, shown: false, n: null, scores: {} });
  return { dim, groups };
}

/**
 * Results of one round for a group: per-question distributions, eNPS, free texts and a breakdown, each shown only
 * if the round's disclosure plan allows the group (anonymous surveys: only once the round has closed).
 */
export async function getResults({ ctx, input }: { ctx: Ctx; input: ResultsQueryT & { id: string } }): Promise<SurveyResultsT> {
  if (!ctx.actor || !can(ctx.actor.roles, 'surveys.team')) requirePermission(ctx, 'surveys.manage');
  const scope = scopeOf(ctx, input);
  const locale = ctx.locale;
  const survey = await findSurvey(ctx, input.id);
  const [rounds, questionRows, settings] = await Promise.all([
    roundsOf(ctx, [survey.id]),
    questionsOf(ctx, survey.id),
    getOrgSettings({ ctx }),
  ]);
  const k = Math.max(3, settings.anonymityThreshold);
  const questions: QuestionDef[] = questionRows.map((q) => ({ ...q, text: pick(locale, q.textIt, q.textEn) }));
  const readable = rounds.filter((r) => !survey.anonymous || r.status === 'closed');
  const round = input.round ? rounds.find((r) => r.id === input.round) : (readable.at(-1) ?? rounds.at(-1));
  if (input.round && !round) throw notFound('survey');
  const base = {
    survey: {
      id: survey.id,
      title: pick(locale, survey.titleIt, survey.titleEn),
      anonymous: survey.anonymous,
      kind: survey.kind,
    },
    k,
    rounds: rounds.map(roundView),
    round: round ? roundView(round) : null,
    n: null,
    questions: [],
    breakdown: null,
    trend: [] as SurveyResultsT['trend'],
  };
  const enpsQuestion = questions.find((q) => q.kind === 'enps');
  const opts = { anonymous: survey.anonymous, k };
  for (const r of readable.slice(-TREND_ROUNDS)) {
    const data = await roundData(ctx, r, opts);
    const { main } = selectGroups(data.respondents, data.plan, scope);
    const score = main && enpsQuestion ? tallyOf(enpsQuestion, main, data.answers, locale, false).enps : null;
    base.trend.push({ roundId: r.id, seq: r.seq, opensAt: r.opensAt.toISOString(), enps: score });
  }
  if (!round) return { ...base, status: 'no_round' };
  if (survey.anonymous && round.status !== 'closed') return { ...base, status: 'open' };
  const data = await roundData(ctx, round, opts);
  const sel = selectGroups(data.respondents, data.plan, scope, input.breakdown);
  if (!sel.main) return { ...base, status: 'too_few' };
  const members = sel.main;
  return {
    ...base,
    status: 'shown',
    n: members.length,
    questions: questions.map((q) => tallyOf(q, members, data.answers, locale, true)),
    breakdown: input.breakdown && scope.kind === 'org' ? breakdownOf(data, sel, input.breakdown, questions, locale) : null,
  };
}
