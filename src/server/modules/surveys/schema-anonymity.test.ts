import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

/** Tables holding what anonymous people said: nothing in them may lead to a person. */
const anonymousTables = [
  'survey_responses',
  'survey_answers',
  'suggestions',
  'suggestion_messages',
  'suggestion_votes',
  'qa_questions',
  'qa_votes',
];
/**
 * The only tables allowed to join what was said to a person: named surveys and named suggestions, each guarded by
 * the database (a check that the row is for a named item, and a foreign key that makes the parent agree).
 */
const NAMED_LINKS = {
  survey_named_responses: ['surveys', 'survey_id'],
  suggestion_authors: ['suggestions', 'suggestion_id'],
  qa_askers: ['qa_questions', 'question_id'],
} as const;
/** Tables that reference a question and a person who is not its asker: the leader who answered it. */
const NOT_THE_AUTHOR = ['qa_answers'];
// Whole words of a column name (qa_questions.session_id is a Q&A session, not a login session).
// Vote tables keep a voter_key: an HMAC (instance secret) of organisation, item and voter, so one vote each holds
// without a person column; someone holding both the database and the secret could test candidates against it.
const PERSONAL = /(^|_)(person|people|user|author|asker|actor|email|name|created_by|ip|login|member)(_|$)/i;

type Fk = { table: string; columns: string[]; refTable: string; refColumns: string[] };

async function foreignKeys(): Promise<Fk[]> {
  const { rows } = await tp.platform.database.executeSql(
    `select c.conrelid::regclass::text as t, c.confrelid::regclass::text as r,
            (select array_agg(a.attname::text order by k.n) from unnest(c.conkey) with ordinality k(attnum, n)
               join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum) as cols,
            (select array_agg(a.attname::text order by k.n) from unnest(c.confkey) with ordinality k(attnum, n)
               join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.attnum) as refcols
       from pg_constraint c join pg_namespace ns on ns.oid = c.connamespace
      where c.contype = 'f' and ns.nspname = 'public'`,
    [],
  );
  return rows.map((r) => ({
    table: String(r.t).replace(/^"|"$/g, ''),
    refTable: String(r.r).replace(/^"|"$/g, ''),
    columns: r.cols as string[],
    refColumns: r.refcols as string[],
  }));
}

async function columns(table: string): Promise<{ name: string; type: string }[]> {
  const { rows } = await tp.platform.database.executeSql(
    `select column_name as name, data_type as type from information_schema.columns where table_schema = 'public' and table_name = $1`,
    [table],
  );
  return rows.map((r) => ({ name: String(r.name), type: String(r.type) }));
}

describe('the database schema cannot join an anonymous answer or suggestion to a person', () => {
  it('anonymous tables exist and none of their columns names or references a person, or keeps a time of day', async () => {
    const fks = await foreignKeys();
    for (const table of anonymousTables) {
      const cols = await columns(table);
      expect(cols.length, `${table} exists`).toBeGreaterThan(0);
      const personal = cols.filter((c) => PERSONAL.test(c.name)).map((c) => c.name);
      expect(personal, `${table}: person-like columns`).toEqual([]);
      const times = cols.filter((c) => c.type.startsWith('timestamp') || c.type.startsWith('time')).map((c) => c.name);
      expect(times, `${table}: times of day`).toEqual([]);
      const toPeople = fks.filter((f) => f.table === table && ['people', 'user', 'session', 'account'].includes(f.refTable));
      expect(toPeople, `${table}: references to people`).toEqual([]);
    }
  });

  it('no other table references an anonymous table while also referencing a person, except the guarded named-survey link', async () => {
    const fks = await foreignKeys();
    const personTables = ['people', 'user', 'session', 'account'];
    const linking = new Set(
      fks
        .filter((f) => anonymousTables.includes(f.refTable) && !anonymousTables.includes(f.table))
        .map((f) => f.table)
        .filter((t) => fks.some((g) => g.table === t && personTables.includes(g.refTable)))
        .filter((t) => !NOT_THE_AUTHOR.includes(t)),
    );
    expect([...linking].sort()).toEqual(Object.keys(NAMED_LINKS).sort());
    for (const [link, [parent, column]] of Object.entries(NAMED_LINKS)) {
      // The guard: the link row must say its parent is not anonymous (check), and that must match the parent (FK).
      const guard = fks.find((f) => f.table === link && f.refTable === parent);
      expect(guard).toMatchObject({ columns: [column, 'anonymous'], refColumns: ['id', 'anonymous'] });
      const { rows } = await tp.platform.database.executeSql(
        `select pg_get_constraintdef(oid) as def from pg_constraint where conrelid = '${link}'::regclass and contype = 'c'`,
        [],
      );
      expect(rows.map((r) => String(r.def))).toContain('CHECK ((anonymous = false))');
    }
  });

  it('the participation table (who answered) shares no key, no time and no reference with the answers', async () => {
    const fks = await foreignKeys();
    const cols = await columns('survey_participation');
    expect(cols.map((c) => c.name).sort()).toEqual(['org_id', 'person_id', 'round_id']);
    expect(
      fks
        .filter((f) => f.table === 'survey_participation')
        .map((f) => f.refTable)
        .sort(),
    ).toEqual(['organisations', 'people', 'survey_rounds']);
  });

  it('the database refuses an author for an anonymous suggestion', async () => {
    const db = tp.platform.database;
    const { rows: org } = await db.executeSql(
      `insert into organisations (name, slug) values ('T', 't-${Date.now()}') returning id`,
      [],
    );
    const orgId = org[0].id;
    const { rows: person } = await db.executeSql(
      `insert into people (org_id, email, name) values ($1, 'a@b.c', 'A') returning id`,
      [orgId],
    );
    const { rows: s } = await db.executeSql(
      `insert into suggestions (org_id, category, title, body, anonymous, created_on) values ($1, 'other', 't', 'b', true, current_date) returning id`,
      [orgId],
    );
    for (const anonymous of [false, true])
      await expect(
        db.executeSql(`insert into suggestion_authors (org_id, suggestion_id, anonymous, person_id) values ($1, $2, $3, $4)`, [
          orgId,
          s[0].id,
          anonymous,
          person[0].id,
        ]),
      ).rejects.toThrow();
  });

  it('the database refuses a named link for a response of an anonymous survey', async () => {
    const db = tp.platform.database;
    const { rows: org } = await db.executeSql(
      `insert into organisations (name, slug) values ('S', 's-${Date.now()}') returning id`,
      [],
    );
    const orgId = org[0].id;
    const { rows: person } = await db.executeSql(
      `insert into people (org_id, email, name) values ($1, 'a@b.c', 'A') returning id`,
      [orgId],
    );
    const { rows: survey } = await db.executeSql(`insert into surveys (org_id, anonymous) values ($1, true) returning id`, [
      orgId,
    ]);
    const { rows: round } = await db.executeSql(
      `insert into survey_rounds (org_id, survey_id, seq, opens_at, closes_at) values ($1, $2, 1, now(), now()) returning id`,
      [orgId, survey[0].id],
    );
    const { rows: resp } = await db.executeSql(
      `insert into survey_responses (org_id, survey_id, round_id, day) values ($1, $2, $3, current_date) returning id`,
      [orgId, survey[0].id, round[0].id],
    );
    const link = (anonymous: boolean) =>
      db.executeSql(
        `insert into survey_named_responses (org_id, response_id, survey_id, anonymous, person_id) values ($1, $2, $3, $4, $5)`,
        [orgId, resp[0].id, survey[0].id, anonymous, person[0].id],
      );
    await expect(link(false)).rejects.toThrow();
    await expect(link(true)).rejects.toThrow();
  });
});
