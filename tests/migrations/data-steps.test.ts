import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrationsFolder } from '../../src/server/platform/db/client';
import { landedFolder, openDb } from './upgrade-db';

// The upgrade to 0002 (content languages, bilingual posts, click rollups): a database as release 0001 left it, with rows in
// it; then every later migration, 0002's data steps included, is applied as an upgrade applies it. A later migration with
// data steps of its own gets its own test starting from the release before it. On PostgreSQL (TEST_DATABASE_URL) a
// database of its own.

let db: Awaited<ReturnType<typeof openDb>>;
beforeAll(async () => {
  db = await openDb();
  await db.migrate(landedFolder('0001_unreleased'));
  await db.query(
    `insert into organisations (id, name, slug) values ('00000000-0000-4000-8000-000000000001', 'Aurora', 'aurora')`,
  );
  await db.query(`insert into people (org_id, email, name, locale) values
    ('00000000-0000-4000-8000-000000000001', 'it@example.test', 'Italiana', 'it'),
    ('00000000-0000-4000-8000-000000000001', 'en@example.test', 'English', 'en')`);
  await db.query(`insert into posts (org_id, title, body, preview_title, preview_description, url, language) values
    ('00000000-0000-4000-8000-000000000001', 'Per tutti', 'Testo', 'Anteprima', 'Descrizione', 'https://example.test/a', 'all'),
    ('00000000-0000-4000-8000-000000000001', 'Only English', 'Words', 'Preview', 'About', 'https://example.test/b', 'en')`);
  await db.migrate(migrationsFolder);
}, 180_000);
afterAll(async () => {
  await db?.close();
  await db?.drop();
});

it("keeps each post's words as the version in its language: English posts' words become their English version", async () => {
  const rows = await db.query(
    `select title, body, preview_title, preview_description, title_en, body_en, preview_title_en, preview_description_en
       from posts order by url`,
  );
  expect(rows).toEqual([
    {
      title: 'Per tutti',
      body: 'Testo',
      preview_title: 'Anteprima',
      preview_description: 'Descrizione',
      title_en: null,
      body_en: '',
      preview_title_en: null,
      preview_description_en: null,
    },
    {
      title: null,
      body: '',
      preview_title: null,
      preview_description: null,
      title_en: 'Only English',
      body_en: 'Words',
      preview_title_en: 'Preview',
      preview_description_en: 'About',
    },
  ]);
});

it('gives each person the content language of their interface language until then', async () => {
  expect(await db.query('select email, content_languages from people order by email')).toEqual([
    { email: 'en@example.test', content_languages: ['en'] },
    { email: 'it@example.test', content_languages: ['it'] },
  ]);
});
