import { sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/ctx';
import type { ContentMeasures } from './content-contract';
import { personFilter } from './content-scope';
import type { OverviewFilters } from './contract';
import type { Period } from './period';
import type { Scope } from './scope';

/**
 * Stories submitted, approved and declined in the period (moderation steps), and the median hours from the
 * (re)submission to each decision taken in it. Department, site and team are the author's.
 */
export async function storyFigures(ctx: Ctx, f: OverviewFilters, scope: Scope, p: Period): Promise<ContentMeasures['stories']> {
  const author = personFilter(ctx, f, scope, sql`s.author_id`);
  const inPeriod = sql`m.org_id = ${ctx.orgId} and m.created_at >= ${p.start} and m.created_at < ${p.end}`;
  const [counts, median] = await Promise.all([
    ctx.db.execute<{ submitted: number; approved: number; declined: number }>(sql`
      select (count(*) filter (where m.action = 'submitted'))::int as submitted,
             (count(*) filter (where m.action = 'approved'))::int as approved,
             (count(*) filter (where m.action = 'declined'))::int as declined
        from story_moderation m join stories s on s.id = m.story_id and s.org_id = ${ctx.orgId}
       where ${inPeriod}${author}`),
    ctx.db.execute<{ hours: number | string | null }>(sql`
      select percentile_cont(0.5) within group (order by extract(epoch from m.created_at - q.created_at) / 3600) as hours
        from story_moderation m
        join stories s on s.id = m.story_id and s.org_id = ${ctx.orgId}
        join lateral (select created_at from story_moderation q
                       where q.story_id = m.story_id and q.action in ('submitted', 'resubmitted')
                         and q.created_at <= m.created_at
                       order by q.created_at desc limit 1) q on true
       where ${inPeriod} and m.action in ('approved', 'changes_requested', 'declined')${author}`),
  ]);
  const c = counts.rows[0];
  const hours = median.rows[0]?.hours;
  return {
    submitted: Number(c?.submitted ?? 0),
    approved: Number(c?.approved ?? 0),
    declined: Number(c?.declined ?? 0),
    medianHoursToModeration: hours === null || hours === undefined ? null : Math.round(Number(hours) * 10) / 10,
  };
}
