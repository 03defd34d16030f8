import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import type { ClickRecord } from './spool';

const HOUR = 3_600_000;
const CHUNK = 1_000;

/** Keeps the first click of each visitor on each link within any hour (the same person clicking again counts once). */
export function dedupe(records: ClickRecord[]): ClickRecord[] {
  const lastKept = new Map<string, number>();
  const kept: ClickRecord[] = [];
  for (const r of [...records].sort((a, b) => a.at.localeCompare(b.at))) {
    const key = `${r.linkId}|${r.visitorHash}`;
    const at = Date.parse(r.at);
    const prev = lastKept.get(key);
    if (prev !== undefined && at - prev < HOUR) continue;
    lastKept.set(key, at);
    kept.push(r);
  }
  return kept;
}

/**
 * Writes clicks and their daily rollup in one statement, so both commit together. Idempotent: a replayed click (same
 * id) and a repeat visit within the hour before it are skipped, and only clicks actually inserted are added to the
 * rollup. Clicks on links deleted meanwhile are dropped. Returns how many were counted.
 */
export async function insertClicks(db: Db, records: ClickRecord[]): Promise<number> {
  let counted = 0;
  const unique = dedupe(records);
  for (let i = 0; i < unique.length; i += CHUNK) {
    const rows = unique
      .slice(i, i + CHUNK)
      .map(
        (r) =>
          sql`(${r.id}::uuid, ${r.linkId}::uuid, ${r.at}::timestamptz, ${r.visitorHash}, ${r.referrerHost}, ${r.deviceClass}, ${r.country})`,
      );
    const result = await db.execute<{ n: number }>(sql`
      with input (id, link_id, at, visitor_hash, referrer_host, device_class, country) as (values ${sql.join(rows, sql`, `)}),
      inserted as (
        insert into clicks (id, org_id, link_id, at, hour_bucket, visitor_hash, referrer_host, device_class, country)
        select i.id, l.org_id, l.id, i.at, date_trunc('hour', i.at at time zone 'UTC') at time zone 'UTC', i.visitor_hash,
               i.referrer_host, i.device_class, i.country
        from input i join links l on l.id = i.link_id
        where not exists (
          select 1 from clicks c
          where c.link_id = i.link_id and c.visitor_hash = i.visitor_hash
            and c.at > i.at - interval '1 hour' and c.at <= i.at
        )
        on conflict do nothing
        returning link_id, at
      ),
      rolled as (
        insert into click_daily (org_id, day, link_id, post_id, person_id, network, department, site, clicks)
        select l.org_id, (x.at at time zone 'UTC')::date, l.id, l.post_id, l.person_id, l.network, l.department, l.site,
               count(*)::int
        from inserted x join links l on l.id = x.link_id
        group by l.org_id, (x.at at time zone 'UTC')::date, l.id, l.post_id, l.person_id, l.network, l.department, l.site
        on conflict (link_id, day) do update set clicks = click_daily.clicks + excluded.clicks
        returning clicks
      )
      select (select count(*) from inserted)::int as n`);
    counted += Number(result.rows[0]?.n ?? 0);
  }
  return counted;
}
