CREATE TABLE "share_rollup" (
	"org_id" uuid NOT NULL,
	"grain" text NOT NULL,
	"day" date NOT NULL,
	"dim" text NOT NULL,
	"key" text NOT NULL,
	"shares" integer NOT NULL,
	"confirmed" integer NOT NULL,
	"personalised" integer NOT NULL,
	"reach" double precision NOT NULL,
	"with_audience" integer NOT NULL,
	CONSTRAINT "share_rollup_org_id_grain_day_dim_key_pk" PRIMARY KEY("org_id","grain","day","dim","key")
);
--> statement-breakpoint
ALTER TABLE "share_rollup" ADD CONSTRAINT "share_rollup_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- data: migrations/data/0005-click-rollup-shapes.sql
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
--> statement-breakpoint
-- data: migrations/data/0005-share-rollup.sql
-- share_rollup (sharing/schema.ts) kept exact by statement triggers on shares: what changed, grouped per key, in the
-- same transaction. Removed shares count -1, added ones +1; an update is both, and groups whose figures do not change
-- (an answer's timestamp) are left alone. Rows are written in key order so that concurrent writers lock them in the
-- same order. A share of an organisation being deleted is not counted (its rows go with the organisation).
CREATE FUNCTION share_rollup_add(minus shares[], plus shares[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO share_rollup AS r (org_id, grain, day, dim, key, shares, confirmed, personalised, reach, with_audience)
  SELECT s.org_id, g.grain, g.day, k.dim, k.key,
         sum(s.sign)::int,
         sum(CASE WHEN s.status = 'confirmed' THEN s.sign ELSE 0 END)::int,
         sum(CASE WHEN s.personalised THEN s.sign ELSE 0 END)::int,
         coalesce(sum(s.sign * s.audience_size::float8), 0),
         sum(CASE WHEN s.audience_size IS NOT NULL THEN s.sign ELSE 0 END)::int
    FROM (SELECT -1 AS sign, * FROM unnest(minus) UNION ALL SELECT 1 AS sign, * FROM unnest(plus)) s
   CROSS JOIN LATERAL (VALUES ('d', (s.created_at AT TIME ZONE 'UTC')::date),
                              ('m', date_trunc('month', s.created_at AT TIME ZONE 'UTC')::date)) g(grain, day)
   CROSS JOIN LATERAL (VALUES ('day', to_char(s.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')),
                              ('person', s.person_id::text), ('post', s.post_id::text),
                              ('department', coalesce(s.department, '')), ('site', coalesce(s.site, '')),
                              ('network', s.network)) k(dim, key)
   WHERE (k.dim <> 'day' OR g.grain = 'd') AND EXISTS (SELECT 1 FROM organisations o WHERE o.id = s.org_id)
   GROUP BY 1, 2, 3, 4, 5
  HAVING sum(s.sign) <> 0 OR sum(CASE WHEN s.status = 'confirmed' THEN s.sign ELSE 0 END) <> 0
      OR sum(CASE WHEN s.personalised THEN s.sign ELSE 0 END) <> 0
      OR sum(CASE WHEN s.audience_size IS NOT NULL THEN s.sign ELSE 0 END) <> 0
      OR coalesce(sum(s.sign * s.audience_size::float8), 0) <> 0
   ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (org_id, grain, day, dim, key) DO UPDATE
     SET shares = r.shares + excluded.shares, confirmed = r.confirmed + excluded.confirmed,
         personalised = r.personalised + excluded.personalised, reach = r.reach + excluded.reach,
         with_audience = r.with_audience + excluded.with_audience
$$;
--> statement-breakpoint
CREATE FUNCTION share_rollup_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM share_rollup_add('{}', array(SELECT n::shares FROM new_shares n));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM share_rollup_add(array(SELECT o::shares FROM old_shares o), '{}');
  ELSE
    PERFORM share_rollup_add(array(SELECT o::shares FROM old_shares o), array(SELECT n::shares FROM new_shares n));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER share_rollup_on_insert AFTER INSERT ON shares REFERENCING NEW TABLE AS new_shares
  FOR EACH STATEMENT EXECUTE FUNCTION share_rollup_changed();
--> statement-breakpoint
CREATE TRIGGER share_rollup_on_update AFTER UPDATE ON shares REFERENCING OLD TABLE AS old_shares NEW TABLE AS new_shares
  FOR EACH STATEMENT EXECUTE FUNCTION share_rollup_changed();
--> statement-breakpoint
CREATE TRIGGER share_rollup_on_delete AFTER DELETE ON shares REFERENCING OLD TABLE AS old_shares
  FOR EACH STATEMENT EXECUTE FUNCTION share_rollup_changed();
--> statement-breakpoint
-- Rebuilds one organisation's rows from its shares, a month at a time (bounded memory): the backfill below, and a
-- repair should the rollup ever be doubted (`SELECT share_rollup_rebuild('<organisation id>')`).
CREATE FUNCTION share_rollup_rebuild(org uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE m date;
BEGIN
  DELETE FROM share_rollup WHERE org_id = org;
  FOR m IN SELECT DISTINCT date_trunc('month', created_at AT TIME ZONE 'UTC')::date FROM shares WHERE org_id = org ORDER BY 1
  LOOP
    PERFORM share_rollup_add('{}', array(SELECT s FROM shares s WHERE s.org_id = org
      AND s.created_at >= (m::timestamp AT TIME ZONE 'UTC') AND s.created_at < ((m + interval '1 month') AT TIME ZONE 'UTC')));
  END LOOP;
END $$;
--> statement-breakpoint
SELECT share_rollup_rebuild(id) FROM organisations;
