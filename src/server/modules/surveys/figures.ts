import { and, asc, eq, gte, inArray } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { getOrgSettings } from '../organisations';
import { findPeopleById } from '../people';
import { pick, questionsOf } from './load-survey';
import { roundData } from './round-data';
import { surveyParticipation, surveyRounds, surveys } from './schema';
import { selectGroups } from './select-groups';
import { tallyQuestion } from './tally';

/**
 * Survey figures for the engagement dashboard, for rounds opened since `from`: participation (counts of who answered,
 * never what), and the eNPS of each closed round for the whole organisation, under the same disclosure rule as the
 * results page. Participation by department/site counts people by their current department and site.
 */
export async function surveyFigures(ctx: Ctx, from: Date) {
  const rounds = await ctx.db
    .select({ round: surveyRounds, survey: surveys })
    .from(surveyRounds)
    .innerJoin(surveys, eq(surveys.id, surveyRounds.surveyId))
    .where(ofOrg(ctx, surveyRounds, gte(surveyRounds.opensAt, from), eq(surveys.orgId, ctx.orgId)))
    .orderBy(asc(surveyRounds.opensAt));
  const ids = rounds.map((r) => r.round.id);
  const participation = ids.length
    ? await ctx.db
        .select()
        .from(surveyParticipation)
        .where(ofOrg(ctx, surveyParticipation, and(inArray(surveyParticipation.roundId, ids))))
    : [];
  const k = Math.max(3, (await getOrgSettings({ ctx })).anonymityThreshold);
  const out = [];
  for (const { round, survey } of rounds) {
    const enpsQ = (await questionsOf(ctx, survey.id)).find((q) => q.kind === 'enps');
    let enps: number | null = null;
    if (enpsQ && (round.status === 'closed' || !survey.anonymous)) {
      const data = await roundData(ctx, round, { anonymous: survey.anonymous, k });
      const { main } = selectGroups(data.respondents, data.plan, { kind: 'org', filter: {} });
      if (main) enps = tallyQuestion({ ...enpsQ, text: '' }, main, data.answers, 'it', false).enps;
    }
    out.push({
      surveyId: survey.id,
      title: pick(ctx.locale, survey.titleIt, survey.titleEn),
      seq: round.seq,
      opensAt: round.opensAt.toISOString(),
      status: round.status,
      audience: round.audienceSize,
      responses: participation.filter((p) => p.roundId === round.id).length,
      enps,
    });
  }
  const who = await findPeopleById(ctx, [...new Set(participation.map((p) => p.personId))]);
  const answeredBy = (key: 'department' | 'site') => {
    const m = new Map<string | null, number>();
    for (const p of participation) {
      const v = who.get(p.personId)?.[key] ?? null;
      m.set(v, (m.get(v) ?? 0) + 1);
    }
    return m;
  };
  return { rounds: out, answeredByDepartment: answeredBy('department'), answeredBySite: answeredBy('site') };
}
