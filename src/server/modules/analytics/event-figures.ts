import { sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/ctx';
import type { ContentMeasures } from './content-contract';
import { personFilter, rate } from './content-scope';
import type { OverviewFilters } from './contract';
import type { Period } from './period';
import type { Scope } from './scope';

type Row = {
  id: string;
  title_it: string;
  title_en: string;
  starts_at: string | Date;
  capacity: number;
  share_post_id: string | null;
  registrations: number;
  confirmed: number;
  waiting: number;
  attended: number;
};
type EventStoryRow = { event_id: string; stories: number; post_ids: string[] | null };

/**
 * Published events starting in the period, with their registrations (of the people the filters select), approved
 * stories, and the clicks counted in the period on those stories' posts and on the events' gallery links.
 */
export async function eventFigures(
  ctx: Ctx,
  f: OverviewFilters,
  scope: Scope,
  p: Period,
  clicksOfPost: (postId: string) => number,
): Promise<Pick<ContentMeasures, 'events' | 'byEvent'>> {
  const { rows } = await ctx.db.execute<Row>(sql`
    select e.id, e.title_it, e.title_en, e.starts_at, e.capacity, e.share_post_id,
           (count(r.id) filter (where r.status <> 'cancelled'))::int as registrations,
           (count(r.id) filter (where r.status = 'confirmed'))::int as confirmed,
           (count(r.id) filter (where r.status = 'waiting'))::int as waiting,
           (count(r.checked_in_at) filter (where r.status = 'confirmed'))::int as attended
      from events e
      left join event_registrations r
        on r.event_id = e.id and r.org_id = ${ctx.orgId}${personFilter(ctx, f, scope, sql`r.person_id`)}
     where e.org_id = ${ctx.orgId} and e.status = 'published' and e.starts_at >= ${p.start} and e.starts_at < ${p.end}
     group by e.id order by e.starts_at, e.id limit 500`);
  const ids = rows.map((r) => r.id);
  const told = ids.length
    ? await ctx.db.execute<EventStoryRow>(sql`
        select s.event_id::text as event_id, count(*)::int as stories, array_agg(s.post_id::text) as post_ids
          from stories s
         where s.org_id = ${ctx.orgId} and s.status = 'approved'
           and s.event_id in (${sql.join(
             ids.map((id) => sql`${id}::uuid`),
             sql`, `,
           )})${personFilter(ctx, f, scope, sql`s.author_id`)}
         group by s.event_id`)
    : { rows: [] as EventStoryRow[] };
  const byId = new Map(told.rows.map((r) => [r.event_id, r]));
  const now = Date.now();
  const byEvent = rows.map((r) => {
    const s = byId.get(r.id);
    const started = new Date(r.starts_at).getTime() <= now;
    const postIds = (s?.post_ids ?? []).filter((x): x is string => !!x);
    return {
      eventId: r.id,
      title: ctx.locale === 'en' ? r.title_en : r.title_it,
      startsAt: new Date(r.starts_at).toISOString(),
      capacity: Number(r.capacity),
      registrations: Number(r.registrations),
      waiting: Number(r.waiting),
      attended: Number(r.attended),
      confirmed: Number(r.confirmed),
      started,
      attendanceRate: started ? rate(Number(r.attended), Number(r.confirmed)) : null,
      stories: Number(s?.stories ?? 0),
      storyClicks: postIds.reduce((n, id) => n + clicksOfPost(id), 0),
      galleryClicks: r.share_post_id ? clicksOfPost(r.share_post_id) : 0,
    };
  });
  const sum = (k: 'registrations' | 'waiting' | 'attended' | 'stories' | 'storyClicks' | 'galleryClicks') =>
    byEvent.reduce((n, e) => n + e[k], 0);
  const started = byEvent.filter((e) => e.started);
  return {
    events: {
      count: byEvent.length,
      registrations: sum('registrations'),
      waiting: sum('waiting'),
      attended: sum('attended'),
      attendanceRate: rate(
        started.reduce((n, e) => n + e.attended, 0),
        started.reduce((n, e) => n + e.confirmed, 0),
      ),
      stories: sum('stories'),
      storiesPerEvent: rate(sum('stories'), byEvent.length),
      storyClicks: sum('storyClicks'),
      galleryClicks: sum('galleryClicks'),
    },
    byEvent: byEvent.map(({ confirmed: _c, started: _s, ...e }) => e),
  };
}
