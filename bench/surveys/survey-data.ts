import type { ExecuteSql } from '../../src/server/platform/db/client';

/** A pseudo-random fraction in [0, 1) from the row number and a salt: the seed is the same on every run. */
const rnd = (salt: string) => `((abs(hashtext(g.i::text || '${salt}')) % 10000) / 10000.0)`;

/**
 * An anonymous one-off survey, closed, with `n` responses. Group sizes are skewed (squared fractions), so that the
 * smallest departments, sites and combinations fall under k and the disclosure plan has real work to do; 2 % of the
 * respondents have no site, 5 % no job family. Every respondent answers every question; one in five writes a text.
 * Returns the survey's id.
 */
export async function seedSurveyResults(sql: ExecuteSql, orgId: string, n: number): Promise<string> {
  const { rows } = await sql(
    `insert into surveys (org_id, kind, title_it, title_en, anonymous, status, published_at, closes_at)
     values ($1, 'survey', 'Clima 2027', 'Climate 2027', true, 'closed', now() - interval '30 days', now() - interval '1 day')
     returning id`,
    [orgId],
  );
  const surveyId = String((rows[0] as { id: string }).id);
  await sql(
    `insert into survey_questions (org_id, survey_id, position, kind, text_it, text_en, choices, required) values
       ($1, $2, 0, 'enps', 'Consiglieresti?', 'Recommend?', '[]', true),
       ($1, $2, 1, 'scale', 'Informato?', 'Informed?', '[]', true),
       ($1, $2, 2, 'scale', 'Ascoltato?', 'Listened to?', '[]', true),
       ($1, $2, 3, 'single', 'Canale?', 'Channel?', '[{"it":"Email","en":"Email"},{"it":"Intranet","en":"Intranet"},{"it":"Bacheca","en":"Board"},{"it":"Capo","en":"Manager"}]', true),
       ($1, $2, 4, 'multi', 'Temi?', 'Topics?', '[{"it":"Turni","en":"Shifts"},{"it":"Formazione","en":"Training"},{"it":"Sicurezza","en":"Safety"},{"it":"Strategia","en":"Strategy"},{"it":"Welfare","en":"Welfare"}]', true),
       ($1, $2, 5, 'text', 'Cosa miglioreresti?', 'What would you improve?', '[]', false)`,
    [orgId, surveyId],
  );
  const round = await sql(
    `insert into survey_rounds (org_id, survey_id, seq, opens_at, closes_at, status, audience_size)
     values ($1, $2, 1, now() - interval '30 days', now() - interval '1 day', 'closed', $3) returning id`,
    [orgId, surveyId, Math.round(n * 1.4)],
  );
  const roundId = String((round.rows[0] as { id: string }).id);
  await sql(
    `insert into survey_responses (org_id, survey_id, round_id, day, department, site, job_family, tenure, team_keys)
     select $1, $2, $3, current_date - (g.i % 28),
            'Dept ' || floor(9 * power(${rnd('d')}, 2))::int,
            case when ${rnd('n')} < 0.02 then null else 'Site ' || floor(6 * power(${rnd('s')}, 2))::int end,
            case when ${rnd('m')} < 0.05 then null else 'Family ' || floor(7 * power(${rnd('f')}, 2))::int end,
            (array['lt1','y1to3','y3to5','y5to10','y10plus'])[1 + floor(5 * ${rnd('t')})::int],
            array['team1-' || (g.i / 8), 'team2-' || (g.i / 64), 'team3-' || (g.i / 512)]
     from generate_series(0, $4 - 1) as g(i)`,
    [orgId, surveyId, roundId, n],
  );
  await sql(
    `insert into survey_answers (org_id, response_id, question_id, value, choices, text)
     select $1, r.id, q.id,
            case q.kind when 'enps' then floor(11 * power(${rnd('e').replaceAll('g.i', 'r.rn')}, 0.6))::int
                        when 'scale' then 1 + floor(5 * ${rnd('c').replaceAll('g.i', '(r.rn + q.position)')})::int
                        when 'single' then floor(4 * ${rnd('o').replaceAll('g.i', 'r.rn')})::int end,
            case when q.kind = 'multi' then array[r.rn % 5, (r.rn / 5) % 5]::smallint[] end,
            case when q.kind = 'text' and r.rn % 5 = 0 then 'Idea numero ' || (r.rn % 300) end
     from (select id, row_number() over (order by id) as rn from survey_responses where round_id = $2) r
     cross join survey_questions q
     where q.survey_id = $3 and (q.kind <> 'text' or r.rn % 5 = 0)`,
    [orgId, roundId, surveyId],
  );
  return surveyId;
}
