import { sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/ctx';
import { clickGroups } from './click-groups';
import type { ContentMeasures } from './content-contract';
import { rate } from './content-scope';
import type { OverviewFilters } from './contract';
import { eventFigures } from './event-figures';
import { resolvePeriod } from './period';
import { sharesBy } from './queries';
import { resolveScope, shareWhere } from './scope';
import { storyFigures } from './story-figures';

type Side = ContentMeasures['comparison']['stories'];

/**
 * Stories and events on the analytics page, with the page's filters: period, department, site and team everywhere;
 * network and topic where shares and clicks are counted. Clicks per share compares posts made from employee stories
 * with every other post shared in the period ("corporate"); events' hidden gallery carrier posts are in neither.
 */
export async function getContentMeasures({
  ctx: requestCtx,
  input,
}: {
  ctx: Ctx;
  input: OverviewFilters;
}): Promise<ContentMeasures> {
  // Like the overview: outside a transaction, read through the reports pool.
  const ctx =
    requestCtx.db === requestCtx.platform.db ? { ...requestCtx, db: requestCtx.platform.database.reportDb } : requestCtx;
  const scope = resolveScope(ctx, input.scope);
  const p = resolvePeriod(input);
  const [storyPosts, carriers, sharesPerPost, clicksPerPost, stories] = await Promise.all([
    ctx.db.execute<{ id: string }>(
      sql`select post_id::text as id from stories where org_id = ${ctx.orgId} and post_id is not null`,
    ),
    ctx.db.execute<{ id: string }>(
      sql`select share_post_id::text as id from events where org_id = ${ctx.orgId} and share_post_id is not null`,
    ),
    sharesBy(ctx, shareWhere(ctx, input, scope, p.start, p.end), 'post'),
    clickGroups(ctx, input, scope, p, 'post'),
    storyFigures(ctx, input, scope, p),
  ]);
  const isStory = new Set(storyPosts.rows.map((r) => r.id));
  const isCarrier = new Set(carriers.rows.map((r) => r.id));
  const clicks = new Map(clicksPerPost.map((c) => [c.key, c.clicks]));
  const side = (story: boolean): Side => {
    const mine = (id: string) => !isCarrier.has(id) && isStory.has(id) === story;
    const shared = sharesPerPost.filter((s) => mine(s.key));
    const shares = shared.reduce((n, s) => n + s.shares, 0);
    const clickCount = clicksPerPost.filter((c) => mine(c.key)).reduce((n, c) => n + c.clicks, 0);
    return { posts: shared.length, shares, clicks: clickCount, clicksPerShare: rate(clickCount, shares) };
  };
  const events = await eventFigures(ctx, input, scope, p, (id) => clicks.get(id) ?? 0);
  return {
    period: { from: p.from, to: p.to },
    scope: scope.kind,
    stories,
    comparison: { stories: side(true), corporate: side(false) },
    ...events,
  };
}
