import type { IncomingMessage } from 'node:http';
import { and, gte, lt, sql } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { anyUuid } from '../../platform/db/any-of';
import type { Platform } from '../../platform/platform';
import { clickDaily } from './schema';
import { clientIp, visitorHash } from './visitor';

/**
 * Click figures for the ambassador programme (read through this module's index, so the click path can change under
 * them): counted clicks per sharer from the daily rollup, unique human visitors per link and day from committed raw
 * clicks, and the visitor hash a request would get, so a sharer's own clicks can be told apart.
 */

/** Counted clicks per sharer over whole UTC days [fromDay, toDay). */
export async function clicksPerPerson(ctx: Ctx, fromDay: string, toDay: string): Promise<Map<string, number>> {
  const rows = await ctx.db
    .select({ personId: clickDaily.personId, n: sql<number>`sum(${clickDaily.clicks})::int` })
    .from(clickDaily)
    .where(ofOrg(ctx, clickDaily, and(gte(clickDaily.day, fromDay), lt(clickDaily.day, toDay))))
    .groupBy(clickDaily.personId);
  return new Map(rows.map((r) => [r.personId, Number(r.n)]));
}

/**
 * Counted clicks of some sharers in several periods of whole UTC days [from, to), read in one pass: per person, one
 * figure per period (a dashboard's current month and the two before it).
 */
export async function clicksPerPersonIn(
  ctx: Ctx,
  personIds: string[],
  periods: { from: string; to: string }[],
): Promise<Map<string, number[]>> {
  if (personIds.length === 0 || periods.length === 0) return new Map();
  // One column per period: an int[] column costs more to parse than the sums themselves on the embedded database.
  const sums = Object.fromEntries(
    periods.map((w, i) => [
      `p${i}`,
      sql<number>`coalesce(sum(${clickDaily.clicks}) filter (where ${clickDaily.day} >= ${w.from} and ${clickDaily.day} < ${w.to}), 0)::int`,
    ]),
  );
  // ISO days sort as text: the earliest start and the latest end.
  const from = periods.map((w) => w.from).sort()[0];
  const to = periods.map((w) => w.to).sort()[periods.length - 1];
  const rows = await ctx.db
    .select({ personId: clickDaily.personId, ...sums })
    .from(clickDaily)
    .where(
      ofOrg(ctx, clickDaily, and(gte(clickDaily.day, from), lt(clickDaily.day, to), anyUuid(clickDaily.personId, personIds))),
    )
    .groupBy(clickDaily.personId);
  return new Map(rows.map((r) => [r.personId, periods.map((_, i) => Number((r as Record<string, unknown>)[`p${i}`]))]));
}

/** One sharer's counted clicks over [fromDay, toDay): total, and the number of posts and links that got them. */
export async function clicksOfPerson(ctx: Ctx, personId: string, fromDay: string, toDay: string) {
  const [r] = await ctx.db
    .select({
      clicks: sql<number>`coalesce(sum(${clickDaily.clicks}), 0)::int`,
      posts: sql<number>`count(distinct ${clickDaily.postId})::int`,
      links: sql<number>`count(distinct ${clickDaily.linkId})::int`,
    })
    .from(clickDaily)
    .where(
      ofOrg(ctx, clickDaily, sql`${clickDaily.personId} = ${personId}`, gte(clickDaily.day, fromDay), lt(clickDaily.day, toDay)),
    );
  return { clicks: Number(r?.clicks ?? 0), posts: Number(r?.posts ?? 0), links: Number(r?.links ?? 0) };
}

export type UniqueVisitors = { linkId: string; personId: string; day: string; visitors: number };

/**
 * Distinct human visitors per link and UTC day over [fromDay, toDay), from committed clicks (the visitor hash is
 * stable within a day). `excluded` lists each sharer's own hashes per day: their visits are not counted.
 */
export async function uniqueVisitorsPerLinkDay(
  ctx: Ctx,
  fromDay: string,
  toDay: string,
  excluded: { personId: string; day: string; visitorHash: string }[],
): Promise<UniqueVisitors[]> {
  const { rows } = await ctx.db.execute<{ link_id: string; person_id: string; day: string; visitors: number }>(sql`
    with own as (
      select * from jsonb_to_recordset(${JSON.stringify(excluded)}::jsonb) as o("personId" uuid, day date, "visitorHash" text)
    )
    select c.link_id, l.person_id, (c.at at time zone 'UTC')::date::text as day, count(distinct c.visitor_hash)::int as visitors
      from clicks c join links l on l.id = c.link_id
     where c.org_id = ${ctx.orgId} and l.org_id = ${ctx.orgId}
       and c.at >= ${fromDay}::date and c.at < ${toDay}::date
       and not exists (select 1 from own o where o."personId" = l.person_id and o.day = (c.at at time zone 'UTC')::date
                        and o."visitorHash" = c.visitor_hash)
     group by c.link_id, l.person_id, (c.at at time zone 'UTC')::date`);
  return rows.map((r) => ({ linkId: r.link_id, personId: r.person_id, day: r.day, visitors: Number(r.visitors) }));
}

/** The visitor hash the redirect would give this request now (undefined without a socket, e.g. in-process tests). */
export async function visitorHashOf(
  platform: Platform,
  recorderSalts: { saltFor(at: Date): string | undefined; load(at: Date): Promise<string> },
  req: IncomingMessage | undefined,
  at = new Date(),
): Promise<string | undefined> {
  if (!req?.socket) return undefined;
  const salt = recorderSalts.saltFor(at) ?? (await recorderSalts.load(at));
  return visitorHash(salt, clientIp(req, platform.config.trustProxy), req.headers['user-agent'] ?? '');
}
