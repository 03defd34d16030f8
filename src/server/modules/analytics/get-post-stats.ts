import { sql } from 'drizzle-orm';
import { type Ctx, requirePermission } from '../../platform/ctx';
import { liveClicks } from '../links';

export type PostFigure = { key: string; started: number; confirmed: number; clicks: number };
export type PostStatsFigures = {
  totals: { started: number; confirmed: number; clicks: number };
  byNetwork: PostFigure[];
  /** The sharer's department at the time of the share ('' when not set). */
  byDepartment: PostFigure[];
  /** One row per UTC day from `from` to today: shares by the day they were started, clicks by the day they came. */
  series: { day: string; started: number; confirmed: number; clicks: number }[];
};

const DAY_MS = 86_400_000;
const MAX_DAYS = 366;
const iso = (d: Date) => d.toISOString().slice(0, 10);

type Row = { day: string; network: string; department: string; started: number; confirmed: number; clicks: number };

/**
 * One post's figures for its editors: shares started and confirmed, counted clicks (the proof), by network, by
 * department and per day. Reads the post's own rows only: its shares (index on post_id), the daily click rollup of
 * its links (through the links' (post, person, network) index and click_daily's primary key), and the clicks of the
 * hours not rolled up yet.
 */
export async function getPostStats({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { postId: string; from: Date };
}): Promise<PostStatsFigures> {
  requirePermission(ctx, 'analytics.read');
  const today = new Date();
  const start = new Date(Math.max(input.from.getTime(), today.getTime() - (MAX_DAYS - 1) * DAY_MS));
  const [shareRows, clickRows, live] = await Promise.all([
    ctx.db.execute<Record<string, unknown>>(sql`
      select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD') as day, network, coalesce(department, '') as department,
             count(*)::int as started, (count(*) filter (where status = 'confirmed'))::int as confirmed
        from shares where org_id = ${ctx.orgId} and post_id = ${input.postId}
       group by 1, 2, 3`),
    ctx.db.execute<Record<string, unknown>>(sql`
      select to_char(c.day, 'YYYY-MM-DD') as day, l.network, coalesce(l.department, '') as department,
             sum(c.clicks)::int as clicks
        from links l join click_daily c on c.link_id = l.id
       where l.org_id = ${ctx.orgId} and l.post_id = ${input.postId}
       group by 1, 2, 3`),
    liveClicks(ctx),
  ]);
  const rows: Row[] = [
    ...shareRows.rows.map((r) => ({ ...keys(r), started: Number(r.started), confirmed: Number(r.confirmed), clicks: 0 })),
    ...clickRows.rows.map((r) => ({ ...keys(r), started: 0, confirmed: 0, clicks: Number(r.clicks) })),
    ...live
      .filter((l) => l.postId === input.postId)
      .map((l) => ({
        day: l.day,
        network: l.network,
        department: l.department ?? '',
        started: 0,
        confirmed: 0,
        clicks: l.clicks,
      })),
  ];
  const days: string[] = [];
  for (let t = Date.parse(`${iso(start)}T00:00:00Z`); t <= today.getTime(); t += DAY_MS) days.push(iso(new Date(t)));
  const perDay = sum(rows, (r) => r.day);
  return {
    totals: rows.reduce(
      (t, r) => ({ started: t.started + r.started, confirmed: t.confirmed + r.confirmed, clicks: t.clicks + r.clicks }),
      {
        started: 0,
        confirmed: 0,
        clicks: 0,
      },
    ),
    byNetwork: ranked(sum(rows, (r) => r.network)),
    byDepartment: ranked(sum(rows, (r) => r.department)),
    series: days.map((day) => ({ day, ...(perDay.get(day) ?? { started: 0, confirmed: 0, clicks: 0 }) })),
  };
}

const keys = (r: Record<string, unknown>) => ({
  day: String(r.day),
  network: String(r.network),
  department: String(r.department),
});

function sum(rows: Row[], by: (r: Row) => string) {
  const out = new Map<string, { started: number; confirmed: number; clicks: number }>();
  for (const r of rows) {
    const t = out.get(by(r)) ?? { started: 0, confirmed: 0, clicks: 0 };
    t.started += r.started;
    t.confirmed += r.confirmed;
    t.clicks += r.clicks;
    out.set(by(r), t);
  }
  return out;
}

/** Most clicked first, then most shared; the key breaks ties so the order is stable. */
const ranked = (m: Map<string, { started: number; confirmed: number; clicks: number }>): PostFigure[] =>
  [...m.entries()]
    .map(([key, v]) => ({ key, ...v }))
    .sort((a, b) => b.clicks - a.clicks || b.started - a.started || a.key.localeCompare(b.key));
