import { sql } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { posts } from '../content/schema';
import { getOrgSettings } from '../organisations';
import { activeAndEligible } from './active-ambassadors';
import { clickGroups, rollupWatermark } from './click-groups';
import type { Overview, OverviewFilters } from './contract';
import { emvFigures } from './emv-figures';
import { gini } from './gini';
import { resolvePeriod } from './period';
import { type Dimension, merge, sharesByEvery } from './queries';
import { breakdown, topAmbassadors, topPosts } from './rankings';
import { rolledShareGroups, sharesRolledUp } from './rolled-shares';
import { resolveScope, shareWhere } from './scope';
import { topShare } from './top-share';

/** Same threshold the sharing module applies: a share is personal if ≥ 0.3 normalised edit distance from every suggestion. */
export const PERSONALISATION_THRESHOLD = 0.3;

const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

/** The advocacy dashboard: KPIs, concentration, daily series, rankings and breakdowns for a period and filters. */
export async function getOverview({ ctx: requestCtx, input }: { ctx: Ctx; input: OverviewFilters }): Promise<Overview> {
  // Outside a transaction, read through the reports pool: a dashboard never waits behind jobs or the click writer.
  const ctx =
    requestCtx.db === requestCtx.platform.db ? { ...requestCtx, db: requestCtx.platform.database.reportDb } : requestCtx;
  const scope = resolveScope(ctx, input.scope);
  const p = resolvePeriod(input);
  const sw = shareWhere(ctx, input, scope, p.start, p.end);
  // One read of the watermark for the six groupings (they run side by side on the reports pool).
  const mark = rollupWatermark(ctx);
  const clicksBy = async (dim: Dimension) => clickGroups(ctx, input, scope, p, dim, await mark);

  const [s, cDay, cPerson, cPost, cDept, cSite, cNet, topicRows, settings] = await Promise.all([
    // Unfiltered, the shares' groupings come from their rollup (a year: thousands of rows, not every share).
    sharesRolledUp(input, scope) ? rolledShareGroups(ctx, p) : sharesByEvery(ctx, sw),
    clicksBy('day'),
    clicksBy('person'),
    clicksBy('post'),
    clicksBy('department'),
    clicksBy('site'),
    clicksBy('network'),
    ctx.db
      .selectDistinct({ topic: sql<string>`unnest(${posts.topics})` })
      .from(posts)
      .where(ofOrg(ctx, posts)),
    getOrgSettings({ ctx }),
  ]);
  const { day: sDay, person: sPerson, post: sPost, department: sDept, site: sSite, network: sNet } = s;
  const perPerson = merge(sPerson, cPerson);
  // What needs the groupings, side by side: who is active, and the names on the leaderboards.
  const [{ eligible, active }, postRanking, ambassadorRanking] = await Promise.all([
    activeAndEligible(ctx, input, scope, p, sPerson),
    topPosts(ctx, merge(sPost, cPost)),
    topAmbassadors(ctx, perPerson),
  ]);

  const shareCount = sNet.reduce((s, r) => s + r.shares, 0);
  const confirmed = sNet.reduce((s, r) => s + r.confirmed, 0);
  const personalised = sNet.reduce((s, r) => s + r.personalised, 0);
  const reach = sNet.reduce((s, r) => s + r.reach, 0);
  const withAudience = sNet.reduce((s, r) => s + r.withAudience, 0);
  const clicks = cNet.reduce((s, r) => s + r.clicks, 0);
  // Concentration over everyone who shared in the period or whose links were clicked in it, zeros included.
  const clicksPerAmbassador = [...perPerson.values()].map((v) => v.clicks);
  const days = merge(sDay, cDay);

  return {
    period: { from: p.from, to: p.to },
    scope: scope.kind,
    kpis: {
      activeAmbassadors: active,
      eligible,
      activeRate: ratio(active, eligible),
      shares: shareCount,
      confirmedShares: confirmed,
      clicks,
      clicksPerShare: ratio(clicks, shareCount),
      estimatedReach: { value: reach, sharesWithAudience: withAudience },
      emv: emvFigures(ctx.locale, { clicks, reach, costPerClick: settings.costPerClick, cpm: settings.cpm }),
      personalisationRate: ratio(personalised, shareCount),
      personalisationThreshold: PERSONALISATION_THRESHOLD,
    },
    concentration: {
      top10Share: topShare(clicksPerAmbassador, 10),
      gini: gini(clicksPerAmbassador),
      ambassadors: perPerson.size,
    },
    series: p.days.map((day) => ({ day, shares: days.get(day)?.shares ?? 0, clicks: days.get(day)?.clicks ?? 0 })),
    topPosts: postRanking,
    topAmbassadors: ambassadorRanking,
    shareOfVoice: { byDepartment: breakdown(merge(sDept, cDept)), bySite: breakdown(merge(sSite, cSite)) },
    byNetwork: breakdown(merge(sNet, cNet)),
    topics: topicRows.map((r) => r.topic).sort((a, b) => a.localeCompare(b)),
  };
}
