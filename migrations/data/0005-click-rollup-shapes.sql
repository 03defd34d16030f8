-- click_rollup's shapes for views without filters (links/schema.ts): by person alone ('q') and in total ('t'), from the
-- shapes that already hold them ('p' and 'f'), in the order dashboards read them.
INSERT INTO click_rollup (org_id, shape, grain, day, person_id, post_id, network, department, site, clicks)
SELECT org_id, 'q', grain, day, person_id, '00000000-0000-0000-0000-000000000000'::uuid, '', '', '', sum(clicks)::int
  FROM click_rollup WHERE shape = 'p' GROUP BY org_id, grain, day, person_id
UNION ALL
SELECT org_id, 't', grain, day, '00000000-0000-0000-0000-000000000000'::uuid, '00000000-0000-0000-0000-000000000000'::uuid,
       '', '', '', sum(clicks)::int
  FROM click_rollup WHERE shape = 'f' GROUP BY org_id, grain, day
ORDER BY 2, 3, 4;
