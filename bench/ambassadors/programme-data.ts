import type { ExecuteSql } from '../../src/server/platform/db/client';

const FAMILIES = ['produzione', 'qualita', 'logistica', 'ricerca', 'vendite', 'ufficio'];

/**
 * An ambassador programme over an organisation seeded by seedYear: job families for everyone, a past cohort of 300
 * alumni and a current one of 300 members drawn from the people who share, 1,500 applications in every state, a
 * published guidelines version accepted by two thirds of the members. Returns the programme's id.
 */
export async function seedProgramme(sql: ExecuteSql, orgId: string): Promise<string> {
  await sql(`update people set job_family = ($2::text[])[1 + abs(hashtext(email)) % ${FAMILIES.length}] where org_id = $1`, [
    orgId,
    FAMILIES,
  ]);
  const { rows } = await sql(
    `insert into programmes (org_id, name, purpose_it, purpose_en, expectations_it, expectations_en, eligibility, seats, term_months, rubric, quiz)
     values ($1, 'Ambasciatori 2027', 'Scopo', 'Purpose', 'Attese', 'Expectations', '{}'::jsonb, 300, 6,
             '[{"key":"m","labelIt":"Motivazione","labelEn":"Motivation"}]'::jsonb,
             '{"passMark":50,"questions":[{"textIt":"D","textEn":"Q","options":[{"textIt":"S","textEn":"Y","correct":true}]}]}'::jsonb)
     returning id`,
    [orgId],
  );
  const programmeId = String((rows[0] as { id: string }).id);
  await sql(
    `insert into programme_cohorts (org_id, programme_id, name, starts_on, ends_on) values
       ($1, $2, 'Primavera', current_date - 300, current_date - 120), ($1, $2, 'Autunno', current_date - 120, current_date + 60)`,
    [orgId, programmeId],
  );
  // The people who share, ordered as seedYear ordered them: the first 300 are alumni, the next 300 current members.
  await sql(
    `with sharers as (select person_id, row_number() over (order by person_id) as i from (select distinct person_id from links where org_id = $1) s),
          c as (select id, name from programme_cohorts where programme_id = $2)
     insert into programme_members (org_id, programme_id, cohort_id, person_id, status, ended_at)
     select $1, $2, c.id, s.person_id, case when s.i <= 300 then 'alumni' else 'active' end,
            case when s.i <= 300 then now() - interval '120 days' end
     from sharers s join c on c.name = case when s.i <= 300 then 'Primavera' else 'Autunno' end
     where s.i <= 600`,
    [orgId, programmeId],
  );
  await sql(
    `insert into programme_applications (org_id, programme_id, person_id, source, status, motivation)
     select $1, $2, id, 'applied', (array['pending','accepted','waitlisted','declined','withdrawn'])[1 + n % 5], 'Motivazione'
     from (select id, row_number() over (order by email) as n from people where org_id = $1) p where n <= 1500`,
    [orgId, programmeId],
  );
  const { rows: v } = await sql(
    `insert into programme_guideline_versions (org_id, programme_id, major, minor, status, body_it, body_en, html_it, html_en, published_at)
     values ($1, $2, 1, 0, 'published', 'Regole', 'Rules', '<p>Regole</p>', '<p>Rules</p>', now() - interval '7 days') returning id`,
    [orgId, programmeId],
  );
  await sql(
    `insert into programme_guideline_acceptances (org_id, version_id, person_id)
     select $1, $2, person_id from programme_members where programme_id = $3 and status = 'active' and abs(hashtext(person_id::text)) % 3 <> 0`,
    [orgId, (v[0] as { id: string }).id, programmeId],
  );
  return programmeId;
}
