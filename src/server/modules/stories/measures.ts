import { sql } from 'drizzle-orm';
import { type Ctx, requirePermission } from '../../platform/ctx';
import { AppError } from '../../platform/errors';
import type { StoryMeasuresT } from './contract';

type Side = { posts: number; shares: number; clicks: number };
const figures = (s: Side) => ({ ...s, clicksPerShare: s.shares ? Math.round((s.clicks / s.shares) * 100) / 100 : 0 });

/**
 * Stories submitted, approved and declined in [from, to] (UTC days), the median hours from (re)submission to the
 * decision, and clicks per share of employee stories against corporate posts shared in the same period. Shares and
 * clicks are read like the analytics read model does (sharing's and links' tables, the daily click rollup).
 */
export async function getStoryMeasures({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { from: string; to: string };
}): Promise<StoryMeasuresT> {
  requirePermission(ctx, 'analytics.read');
  if (input.from > input.to) throw new AppError('stories.bad_period', 400);
  const from = new Date(`${input.from}T00:00:00Z`);
  const end = new Date(Date.parse(`${input.to}T00:00:00Z`) + 86_400_000);
  const storyPosts = sql`(select post_id from stories where org_id = ${ctx.orgId} and post_id is not null)`;
  const [counts, median, shareRows, clickRows] = await Promise.all([
    ctx.db.execute<{ submitted: number; approved: number; declined: number }>(sql`
      select (count(*) filter (where action = 'submitted'))::int as submitted,
             (count(*) filter (where action = 'approved'))::int as approved,
             (count(*) filter (where action = 'declined'))::int as declined
        from story_moderation where org_id = ${ctx.orgId} and created_at >= ${from} and created_at < ${end}`),
    ctx.db.execute<{ hours: number | null }>(sql`
      select percentile_cont(0.5) within group (order by extract(epoch from d.created_at - s.created_at) / 3600) as hours
        from story_moderation d
        join lateral (select created_at from story_moderation s
                       where s.story_id = d.story_id and s.action in ('submitted', 'resubmitted') and s.created_at <= d.created_at
                       order by s.created_at desc limit 1) s on true
       where d.org_id = ${ctx.orgId} and d.action in ('approved', 'changes_requested', 'declined')
         and d.created_at >= ${from} and d.created_at < ${end}`),
    ctx.db.execute<{ story: boolean; posts: number; shares: number }>(sql`
      select post_id in ${storyPosts} as story, count(distinct post_id)::int as posts, count(*)::int as shares
        from shares where org_id = ${ctx.orgId} and created_at >= ${from} and created_at < ${end} and status <> 'cancelled'
       group by 1`),
    ctx.db.execute<{ story: boolean; clicks: number }>(sql`
      select l.post_id in ${storyPosts} as story, coalesce(sum(c.clicks), 0)::int as clicks
        from links l join click_daily c on c.link_id = l.id
       where l.org_id = ${ctx.orgId} and c.day >= ${input.from}::date and c.day <= ${input.to}::date
       group by 1`),
  ]);
  const side = (story: boolean): Side => {
    const s = shareRows.rows.find((r) => Boolean(r.story) === story);
    const c = clickRows.rows.find((r) => Boolean(r.story) === story);
    return { posts: Number(s?.posts ?? 0), shares: Number(s?.shares ?? 0), clicks: Number(c?.clicks ?? 0) };
  };
  const c = counts.rows[0];
  const hours = median.rows[0]?.hours;
  return {
    from: input.from,
    to: input.to,
    submitted: Number(c?.submitted ?? 0),
    approved: Number(c?.approved ?? 0),
    declined: Number(c?.declined ?? 0),
    medianHoursToModeration: hours === null || hours === undefined ? null : Math.round(Number(hours) * 10) / 10,
    stories: figures(side(true)),
    corporate: figures(side(false)),
  };
}
