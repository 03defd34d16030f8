import { eq, inArray } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { posts } from '../content/schema';
import { people } from '../people/schema';
import { sharerProfiles } from '../sharing/schema';

type Totals = Map<string, { shares: number; clicks: number }>;
const TOP = 10;

/** Most clicked first, then most shared; key order breaks ties so the list is stable. */
export function ranked(totals: Totals) {
  return [...totals.entries()]
    .map(([key, v]) => ({ key, ...v }))
    .sort((a, b) => b.clicks - a.clicks || b.shares - a.shares || a.key.localeCompare(b.key));
}

export async function topPosts(ctx: Ctx, totals: Totals) {
  const top = ranked(totals).slice(0, TOP);
  if (top.length === 0) return [];
  const rows = await ctx.db
    .select({ id: posts.id, title: posts.title })
    .from(posts)
    .where(
      ofOrg(
        ctx,
        posts,
        inArray(
          posts.id,
          top.map((t) => t.key),
        ),
      ),
    );
  const titles = new Map(rows.map((r) => [r.id, r.title]));
  return top.map((t) => ({ postId: t.key, title: titles.get(t.key) ?? '', shares: t.shares, clicks: t.clicks }));
}

/** The leaderboard leaves out whoever opted out of rankings (their figures still count in every total). */
export async function topAmbassadors(ctx: Ctx, totals: Totals) {
  const optedOut = await ctx.db
    .select({ personId: sharerProfiles.personId })
    .from(sharerProfiles)
    .where(ofOrg(ctx, sharerProfiles, eq(sharerProfiles.rankingOptOut, true)));
  const hidden = new Set(optedOut.map((r) => r.personId));
  const top = ranked(totals)
    .filter((t) => !hidden.has(t.key))
    .slice(0, TOP);
  if (top.length === 0) return [];
  const rows = await ctx.db
    .select({ id: people.id, name: people.name, department: people.department })
    .from(people)
    .where(
      ofOrg(
        ctx,
        people,
        inArray(
          people.id,
          top.map((t) => t.key),
        ),
      ),
    );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return top.map((t) => ({
    personId: t.key,
    name: byId.get(t.key)?.name ?? '',
    department: byId.get(t.key)?.department ?? null,
    shares: t.shares,
    clicks: t.clicks,
  }));
}

/** Rows of a breakdown with each group's fraction of all shares, largest first. */
export function breakdown(totals: Totals) {
  const all = [...totals.values()].reduce((s, v) => s + v.shares, 0);
  return [...totals.entries()]
    .map(([key, v]) => ({ key, shares: v.shares, clicks: v.clicks, pct: all > 0 ? v.shares / all : null }))
    .sort((a, b) => b.shares - a.shares || b.clicks - a.clicks || a.key.localeCompare(b.key));
}
