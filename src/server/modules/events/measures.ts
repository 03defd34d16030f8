import { desc, eq, sql } from 'drizzle-orm';
import { type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import { postClicks } from '../links';
import type { EventMeasureT } from './contract';
import { storiesOfEvent } from './event-gallery';
import { eventRegistrations, events } from './schema';

/** Per event: people registered (seat or waiting), still waiting, attended, attendance rate, approved stories. */
export async function eventMeasures({ ctx }: { ctx: Ctx }): Promise<EventMeasureT[]> {
  requirePermission(ctx, 'events.manage');
  const rows = await ctx.db
    .select({
      id: events.id,
      titleIt: events.titleIt,
      titleEn: events.titleEn,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      capacity: events.capacity,
      registrations: sql<number>`count(${eventRegistrations.id}) filter (where ${eventRegistrations.status} <> 'cancelled')::int`,
      confirmed: sql<number>`count(${eventRegistrations.id}) filter (where ${eventRegistrations.status} = 'confirmed')::int`,
      waiting: sql<number>`count(${eventRegistrations.id}) filter (where ${eventRegistrations.status} = 'waiting')::int`,
      attended: sql<number>`count(${eventRegistrations.checkedInAt}) filter (where ${eventRegistrations.status} = 'confirmed')::int`,
    })
    .from(events)
    .leftJoin(eventRegistrations, eq(eventRegistrations.eventId, events.id))
    .where(ofOrg(ctx, events))
    .groupBy(events.id)
    .orderBy(desc(events.startsAt))
    .limit(300);
  const out: EventMeasureT[] = [];
  for (const r of rows) {
    const started = r.startsAt.getTime() <= Date.now();
    const stories = started ? await storiesOfEvent(ctx, r.id) : [];
    const postIds = stories.map((s) => s.postId).filter((id): id is string => !!id);
    out.push({
      eventId: r.id,
      title: ctx.locale === 'en' ? r.titleEn : r.titleIt,
      startsAt: r.startsAt.toISOString(),
      capacity: r.capacity,
      registrations: r.registrations,
      waiting: r.waiting,
      attended: r.attended,
      attendanceRate: started && r.confirmed > 0 ? Math.round((r.attended / r.confirmed) * 1000) / 1000 : null,
      stories: stories.length,
      storyClicks: postIds.length ? await postClicks({ ctx, input: { postIds } }) : 0,
    });
  }
  return out;
}

const cell = (v: string | number | null) => {
  const s = v === null ? '' : String(v);
  // Quoted, and a leading formula character neutralised (CSV injection in spreadsheets).
  return `"${(/^[=+\-@]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"`;
};

export async function measuresCsv({ ctx }: { ctx: Ctx }): Promise<string> {
  const rows = await eventMeasures({ ctx });
  const head = [
    'event_id',
    'title',
    'starts_at',
    'capacity',
    'registrations',
    'waiting',
    'attended',
    'attendance_rate',
    'stories',
    'story_clicks',
  ];
  const lines = rows.map((r) =>
    [
      r.eventId,
      r.title,
      r.startsAt,
      r.capacity,
      r.registrations,
      r.waiting,
      r.attended,
      r.attendanceRate,
      r.stories,
      r.storyClicks,
    ]
      .map(cell)
      .join(','),
  );
  return `${[head.join(','), ...lines].join('\n')}\n`;
}
