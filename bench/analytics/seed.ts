import type { ExecuteSql } from '../../src/server/platform/db/client';

export type Volumes = {
  people: number;
  ambassadors: number;
  sharesPerAmbassador: number;
  posts: number;
  days: number;
  firstDay: string;
};

/**
 * Synthetic year of advocacy for one organisation, generated inside the database (generate_series) so that hundreds of
 * thousands of rows take seconds: people, posts, one link + one share per (ambassador, post), two days of click
 * rollup per link, and the raw clicks the rollup summarises (for the baseline).
 */
export async function seedYear(sql: ExecuteSql, orgId: string, v: Volumes) {
  await sql(
    `insert into people (org_id, email, name, department, site, status)
     select $1, 'p' || g || '@bench.example', 'Person ' || g, 'Dept ' || (g % 12), 'Site ' || (g % 5), 'active'
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
    [orgId, v.ambassadors, v.sharesPerAmbassador, v.firstDay, v.days, v.posts],
  );
  await sql(
    `insert into shares (org_id, post_id, person_id, network, text, link_id, distance_from_suggestions, personalised, audience_size, department, site, created_at)
     select org_id, post_id, person_id, network, 'My words', id, d, d >= 0.3,
            case when h % 3 = 0 then null else 200 + h % 2000 end, department, site, created_at
     from (select l.*, abs(hashtext(l.id::text)) as h, (abs(hashtext(l.id::text)) % 100) / 100.0 as d from links l where org_id = $1) l`,
    [orgId],
  );
  await sql(
    `insert into click_daily (org_id, day, link_id, post_id, person_id, network, department, site, clicks)
     select org_id, (created_at at time zone 'UTC')::date + o, id, post_id, person_id, network, department, site,
            1 + abs(hashtext(id::text || o)) % 5
     from links, generate_series(0, 1) o where org_id = $1`,
    [orgId],
  );
  await sql(
    `insert into clicks (id, org_id, link_id, at, hour_bucket, visitor_hash)
     select gen_random_uuid(), cd.org_id, cd.link_id, t, date_trunc('hour', t), md5(cd.link_id::text || cd.day || n)
     from click_daily cd, generate_series(1, cd.clicks) n,
          lateral (select (cd.day + interval '10 hours' + n * interval '1 minute') at time zone 'UTC' as t) x
     where cd.org_id = $1`,
    [orgId],
  );
  const count = async (table: string) =>
    Number((await sql(`select count(*)::int as n from ${table} where org_id = $1`, [orgId])).rows[0].n);
  return {
    people: await count('people'),
    shares: await count('shares'),
    clickDaily: await count('click_daily'),
    rawClicks: await count('clicks'),
  };
}
