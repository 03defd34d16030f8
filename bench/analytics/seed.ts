import type { ExecuteSql } from '../../src/server/platform/db/client';

export type Volumes = {
  people: number;
  ambassadors: number;
  /** Shares over the whole period, spread evenly over the ambassadors. */
  shares: number;
  posts: number;
  /** Days of the period; shares fall in its first `days - spreadDays` days so that their clicks stay in the past. */
  days: number;
  /** Clicks of a share arrive over this many days after it, fewer each day (half-life of about two days). */
  spreadDays: number;
  /** Average counted clicks per share. */
  clicksPerShare: number;
  firstDay: string;
  /** Told where seeding stands now and then (seeding 50 M clicks takes a while). */
  progress?: (message: string) => void;
};

/**
 * Synthetic advocacy for one organisation, generated inside the database (generate_series) so that millions of rows
 * take minutes: people, posts, one link + one share per (ambassador, post), the daily rollup of each link over the
 * weeks after its share, and the raw clicks it summarises (one distinct visitor each). click_rollup is built afterwards
 * from click_daily by the links module's own rebuild (run.ts).
 */
export async function seedYear(sql: ExecuteSql, orgId: string, v: Volumes) {
  const perAmbassador = Math.ceil(v.shares / v.ambassadors);
  const shareDays = v.days - v.spreadDays;
  await sql(
    `insert into people (org_id, email, name, department, site, job_family, status)
     select $1, 'p' || g || '@bench.example', 'Person ' || g, 'Dept ' || (g % 12), 'Site ' || (g % 5),
            (array['produzione','qualita','logistica','ricerca','vendite','ufficio'])[1 + g % 6], 'active'
     from generate_series(1, $2::int) g`,
    [orgId, v.people],
  );
  await sql(
    `insert into posts (org_id, title, url, topics, status)
     select $1, 'Post ' || g, 'https://example.com/' || g, array['topic' || (g % 8)], 'published' from generate_series(1, $2::int) g`,
    [orgId, v.posts],
  );
  // (i + 4j) mod posts is distinct for j < posts / 4, which keeps (post, person, network) unique.
  await sql(
    `with a as (select id, department, site, row_number() over (order by email) - 1 as i from people where org_id = $1 order by email limit $2),
          p as (select id, row_number() over (order by title) - 1 as k from posts where org_id = $1),
          s as (select a.*, j from a cross join generate_series(0, $3::int - 1) j)
     insert into links (org_id, code, destination, post_id, person_id, network, department, site, created_at)
     select $1, md5($1::text || s.id::text || s.j), 'https://example.com', p.id, s.id,
            (array['linkedin', 'x', 'facebook', 'whatsapp'])[1 + (s.i + s.j) % 4], s.department, s.site,
            $4::date + ((s.i * 7 + s.j * 13) % $5::int) * interval '1 day' + interval '9 hours'
     from s join p on p.k = (s.i + s.j * 4) % $6::int`,
    [orgId, v.ambassadors, perAmbassador, v.firstDay, shareDays, v.posts],
  );
  await sql(
    `insert into shares (org_id, post_id, person_id, network, text, link_id, distance_from_suggestions, personalised, audience_size, department, site, created_at)
     select org_id, post_id, person_id, network, 'My words', id, d, d >= 0.3,
            case when h % 3 = 0 then null else 200 + h % 2000 end, department, site, created_at
     from (select l.*, abs(hashtext(l.id::text)) as h, (abs(hashtext(l.id::text)) % 100) / 100.0 as d from links l where org_id = $1) l
     order by created_at`,
    [orgId],
  );
  // Shares and daily rows in time order, as the application appends them (a period's rows sit together on disk).
  // Day o after the share gets a share of the clicks proportional to 0.7^o; each link varies ±50% around the mean.
  const weights = Array.from({ length: v.spreadDays }, (_, o) => 0.7 ** o);
  const total = weights.reduce((s, w) => s + w, 0);
  await sql(
    `insert into click_daily (org_id, day, link_id, post_id, person_id, network, department, site, clicks)
     select org_id, day, id, post_id, person_id, network, department, site, n from (
       select l.org_id, (l.created_at at time zone 'UTC')::date + o as day, l.id, l.post_id, l.person_id, l.network, l.department, l.site,
              round($2::float8 * power(0.7, o) / $3::float8 * (0.5 + (abs(hashtext(l.id::text)) % 100) / 100.0))::int as n
         from links l, generate_series(0, $4::int - 1) o where l.org_id = $1) x
     where n > 0
     order by day`,
    [orgId, v.clicksPerShare, total, v.spreadDays],
  );
  // In time order, as the click writer appends them: the BRIN index on `at` is only as good as that order. One day per
  // statement (a day's clicks fall within that day): a sort of one day's rows instead of the whole year's.
  const first = new Date(`${v.firstDay}T00:00:00Z`).getTime();
  for (let d = 0; d < v.days; d++) {
    await sql(
      `insert into clicks (id, org_id, link_id, at, hour_bucket, visitor_hash)
       select gen_random_uuid(), cd.org_id, cd.link_id, t, date_trunc('hour', t), md5(cd.link_id::text || cd.day || n)
       from click_daily cd, generate_series(1, cd.clicks) n,
            lateral (select (cd.day + interval '6 hours' + (n % 960) * interval '1 minute') at time zone 'UTC' as t) x
       where cd.org_id = $1 and cd.day = $2::date
       order by t`,
      [orgId, new Date(first + d * 86_400_000).toISOString().slice(0, 10)],
    );
    if (v.progress && d % 30 === 29) v.progress(`clicks: day ${d + 1} of ${v.days}`);
  }
  const count = async (table: string) =>
    Number((await sql(`select count(*)::int as n from ${table} where org_id = $1`, [orgId])).rows[0].n);
  return {
    people: await count('people'),
    shares: await count('shares'),
    clickDaily: await count('click_daily'),
    rawClicks: await count('clicks'),
  };
}
