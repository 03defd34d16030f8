import { and, eq, gte } from 'drizzle-orm';
import { type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import { listAudience } from '../people';
import type { NewsStatsT } from './contract';
import { findPost, ruleOf } from './load';
import { newsPosts, newsReads } from './schema';

type Row = { value: string | null; reach: number; read: number; acknowledged: number };

function by(audience: { id: string; key: string | null }[], reads: Map<string, { acknowledgedAt: Date | null }>): Row[] {
  const groups = new Map<string | null, Row>();
  for (const p of audience) {
    const g = groups.get(p.key) ?? { value: p.key, reach: 0, read: 0, acknowledged: 0 };
    g.reach++;
    const r = reads.get(p.id);
    if (r) g.read++;
    if (r?.acknowledgedAt) g.acknowledged++;
    groups.set(p.key, g);
  }
  return [...groups.values()].sort((a, b) => b.reach - a.reach);
}

/**
 * Reach (people it is aimed at now), read and acknowledgement counts, overall and by department and site, for the
 * post's author and editors. Named by design: a must-read asks people to confirm, as for a policy.
 */
export async function newsStats({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<NewsStatsT> {
  requirePermission(ctx, 'news.write');
  const post = await findPost(ctx, input.id);
  const audience = await listAudience(ctx, await ruleOf(ctx, post));
  const rows = await ctx.db
    .select()
    .from(newsReads)
    .where(ofOrg(ctx, newsReads, eq(newsReads.postId, post.id)));
  const reads = new Map(rows.map((r) => [r.personId, r]));
  const inAudience = audience.filter((p) => reads.has(p.id));
  return {
    reach: audience.length,
    read: inAudience.length,
    acknowledged: inAudience.filter((p) => reads.get(p.id)?.acknowledgedAt).length,
    byDepartment: by(
      audience.map((p) => ({ id: p.id, key: p.department })),
      reads,
    ),
    bySite: by(
      audience.map((p) => ({ id: p.id, key: p.site })),
      reads,
    ),
  };
}

/** Every published post's reach, reads and acknowledgements since a day: for the engagement dashboard. */
export async function newsTotals(ctx: Ctx, from: Date) {
  const posts = await ctx.db
    .select()
    .from(newsPosts)
    .where(ofOrg(ctx, newsPosts, and(eq(newsPosts.status, 'published'), gte(newsPosts.publishedAt, from))));
  const totals = { posts: posts.length, mustReads: 0, reach: 0, read: 0, mustReadReach: 0, acknowledged: 0 };
  for (const p of posts) {
    const s = await newsStats({ ctx: { ...ctx, actor: null }, input: { id: p.id } });
    totals.reach += s.reach;
    totals.read += s.read;
    if (p.mustRead) {
      totals.mustReads++;
      totals.mustReadReach += s.reach;
      totals.acknowledged += s.acknowledged;
    }
  }
  return totals;
}

type GroupTotals = { reach: number; read: number; acknowledged: number; mustReadReach: number };

/** Reach, reads and acknowledgements of the posts published since a moment, by department and by site. */
export async function newsReadsByGroup(ctx: Ctx, from: Date) {
  const posts = await ctx.db
    .select()
    .from(newsPosts)
    .where(ofOrg(ctx, newsPosts, and(eq(newsPosts.status, 'published'), gte(newsPosts.publishedAt, from))));
  const out = { department: new Map<string | null, GroupTotals>(), site: new Map<string | null, GroupTotals>() };
  for (const p of posts) {
    const s = await newsStats({ ctx: { ...ctx, actor: null }, input: { id: p.id } });
    for (const [key, rows] of [
      ['department', s.byDepartment],
      ['site', s.bySite],
    ] as const)
      for (const r of rows) {
        const g = out[key].get(r.value) ?? { reach: 0, read: 0, acknowledged: 0, mustReadReach: 0 };
        g.reach += r.reach;
        g.read += r.read;
        if (p.mustRead) {
          g.mustReadReach += r.reach;
          g.acknowledged += r.acknowledged;
        }
        out[key].set(r.value, g);
      }
  }
  return out;
}
