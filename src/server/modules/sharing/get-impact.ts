import { desc, eq } from 'drizzle-orm';
import { actorOf, type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import { postTitles } from '../content';
import { clickTotals } from '../links';
import type { ImpactT } from './contract';
import type { ShareNetwork } from './networks';
import { shares } from './schema';

/** Cap on the history shown; totals still cover every share. */
const HISTORY = 200;

/**
 * What my sharing achieved: shares started and the ones I said I posted, clicks per share (the proof either way),
 * estimated reach and how often I used my own words (both over the shares started).
 */
export async function getImpact({ ctx }: { ctx: Ctx; input?: undefined }): Promise<ImpactT> {
  requirePermission(ctx, 'share');
  const personId = actorOf(ctx).personId;
  const [rows, clicks] = await Promise.all([
    ctx.db
      .select()
      .from(shares)
      .where(ofOrg(ctx, shares, eq(shares.personId, personId)))
      .orderBy(desc(shares.createdAt), desc(shares.id)),
    clickTotals({ ctx, input: { personId } }),
  ]);
  const byLink = new Map(clicks.map((c) => [`${c.postId}|${c.network}`, Number(c.clicks)]));
  const titles = await postTitles(ctx, [...new Set(rows.map((r) => r.postId))]);
  // Re-shares of a post to the same network reuse one link: its clicks are shown once, on the latest share.
  const seen = new Set<string>();
  const history = rows.slice(0, HISTORY).map((r) => {
    const key = `${r.postId}|${r.network}`;
    const first = !seen.has(key);
    seen.add(key);
    return {
      id: r.id,
      postId: r.postId,
      postTitle: titles.get(r.postId) ?? '',
      network: r.network as ShareNetwork,
      createdAt: r.createdAt.toISOString(),
      text: r.text,
      clicks: first ? (byLink.get(key) ?? 0) : 0,
      personalised: r.personalised,
      audienceSize: r.audienceSize,
      status: r.status,
    };
  });
  return {
    totals: {
      started: rows.length,
      confirmed: rows.filter((r) => r.status === 'confirmed').length,
      clicks: clicks.reduce((sum, c) => sum + Number(c.clicks), 0),
      reach: rows.reduce((sum, r) => sum + (r.audienceSize ?? 0), 0),
      personalisationRate: rows.length ? rows.filter((r) => r.personalised).length / rows.length : null,
    },
    shares: history,
  };
}
