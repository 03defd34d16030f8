import { type Ctx, requirePermission } from '../../platform/ctx';
import { getOverview } from '../analytics';
import { newsReadsByGroup, newsTotals } from '../news';
import { onboardingTotals } from '../onboarding';
import { getOrgSettings } from '../organisations';
import { listAudience } from '../people';
import { suggestionStats } from '../suggestions';
import { surveyFigures } from '../surveys';
import type { EngagementT } from './contract';

const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 1000) / 1000 : null);
const day = (d: Date) => d.toISOString().slice(0, 10);

function monthsBack(now: Date, months: number) {
  return Array.from({ length: months }, (_, i) => {
    const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (months - 1 - i), 1));
    const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
    return { month: day(start).slice(0, 7), from: day(start), to: day(end) };
  });
}

/**
 * The internal-marketing dashboard: the seed's metrics on one page (reach, read and acknowledgement, survey
 * participation and eNPS, suggestion throughput, onboarding, and the advocacy KPIs already computed by analytics),
 * over the last N months and by department and site. Groups smaller than the anonymity threshold show no rate.
 */
export async function getEngagement({ ctx, input }: { ctx: Ctx; input: { months: number } }): Promise<EngagementT> {
  requirePermission(ctx, 'listening.read');
  const now = new Date();
  const months = monthsBack(now, input.months);
  const from = new Date(`${months[0].from}T00:00:00Z`);
  const [settings, news, surveys, suggestions, onboarding, advocacy, audience, reads] = await Promise.all([
    getOrgSettings({ ctx }),
    newsTotals(ctx, from),
    surveyFigures(ctx, from),
    suggestionStats(ctx, months[0].from),
    onboardingTotals(ctx, months[0].from),
    getOverview({ ctx, input: { from: months[0].from, to: day(now) } }),
    listAudience(ctx, { all: true }),
    newsReadsByGroup(ctx, from),
  ]);
  const k = Math.max(3, settings.anonymityThreshold);
  const monthly = [];
  for (const m of months) {
    const s = await suggestionStats(ctx, m.from, m.to);
    monthly.push({ month: m.month, suggestions: s.received, answered: s.answered });
  }
  const closed = surveys.rounds.filter((r) => r.status === 'closed');
  const last = closed.at(-1);
  const latestEnps = [...closed].reverse().find((r) => r.enps !== null)?.enps ?? null;
  const groups = (key: 'department' | 'site', answered: Map<string | null, number>) => {
    const people = new Map<string | null, number>();
    for (const p of audience) people.set(p[key], (people.get(p[key]) ?? 0) + 1);
    const roundsAudience = surveys.rounds.reduce((a, r) => a + r.audience, 0);
    const orgSize = audience.length || 1;
    return [...people.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([value, n]) => {
        const r = reads[key].get(value);
        const small = n < k;
        // Survey participation of a group: answers counted over the rounds, against its share of the rounds' audience.
        const expected = (roundsAudience * n) / orgSize;
        return {
          value,
          people: n,
          newsReadRate: small || !r ? null : ratio(r.read, r.reach),
          ackRate: small || !r ? null : ratio(r.acknowledged, r.mustReadReach),
          surveyParticipation: small ? null : ratio(answered.get(value) ?? 0, expected),
        };
      });
  };
  return {
    period: { from: months[0].from, to: day(now), months: input.months },
    k,
    kpis: {
      newsPosts: news.posts,
      newsReadRate: ratio(news.read, news.reach),
      mustReadAckRate: ratio(news.acknowledged, news.mustReadReach),
      surveyParticipation: last ? ratio(last.responses, last.audience) : null,
      enps: latestEnps,
      suggestionsReceived: suggestions.received,
      suggestionsAnsweredShare: ratio(suggestions.answered, suggestions.received),
      daysToFirstReply: suggestions.daysToFirstReply,
      suggestionsDone: suggestions.done,
      onboardingJourneys: onboarding.journeys,
      onboardingStepsDone: ratio(onboarding.done, onboarding.steps),
      onboardingComplete: onboarding.complete,
      onboardingOverdue: onboarding.overdue,
      activeAmbassadors: advocacy.kpis.activeAmbassadors,
      activeRate: advocacy.kpis.activeRate,
      shares: advocacy.kpis.shares,
      clicks: advocacy.kpis.clicks,
    },
    rounds: surveys.rounds.map((r) => ({
      title: r.title,
      seq: r.seq,
      opensAt: r.opensAt,
      status: r.status,
      participation: ratio(r.responses, r.audience),
      enps: r.enps,
    })),
    monthly,
    byDepartment: groups('department', surveys.answeredByDepartment),
    bySite: groups('site', surveys.answeredBySite),
  };
}
