-- Raw clicks become an append-only log: no primary key (drizzle-kit cannot name it to drop it).
ALTER TABLE "clicks" DROP CONSTRAINT IF EXISTS "clicks_pkey";
--> statement-breakpoint
-- The dashboards' grains (click_rollup) start from the daily rollup the old writer kept: by person, post and facet,
-- per day and per month.
INSERT INTO "click_rollup" ("org_id", "shape", "grain", "day", "person_id", "post_id", "network", "department", "site", "clicks")
SELECT org_id, 'p', g.grain, g.day, person_id, '00000000-0000-0000-0000-000000000000', network, coalesce(department, ''), coalesce(site, ''), sum(clicks)::int
  FROM click_daily, LATERAL (VALUES ('d', day), ('m', date_trunc('month', day)::date)) AS g(grain, day)
 GROUP BY org_id, g.grain, g.day, person_id, network, coalesce(department, ''), coalesce(site, '')
UNION ALL
SELECT org_id, 'o', g.grain, g.day, '00000000-0000-0000-0000-000000000000', post_id, network, '', '', sum(clicks)::int
  FROM click_daily, LATERAL (VALUES ('d', day), ('m', date_trunc('month', day)::date)) AS g(grain, day)
 GROUP BY org_id, g.grain, g.day, post_id, network
UNION ALL
SELECT org_id, 'f', g.grain, g.day, '00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0000-000000000000', network, coalesce(department, ''), coalesce(site, ''), sum(clicks)::int
  FROM click_daily, LATERAL (VALUES ('d', day), ('m', date_trunc('month', day)::date)) AS g(grain, day)
 GROUP BY org_id, g.grain, g.day, network, coalesce(department, ''), coalesce(site, '');
