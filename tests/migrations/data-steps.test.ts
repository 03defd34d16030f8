import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrationsFolder } from '../../src/server/platform/db/client';

// The upgrade to 0002 (content languages, bilingual posts, click rollups): a database as release 0001 left it, with rows in
// it; then every later migration, 0002's data steps included, is applied as an upgrade applies it. A later migration with
// data steps of its own gets its own test starting from the release before it. On PostgreSQL (TEST_DATABASE_URL) a
// database of its own.

type Db = {
  query(sql: string): Promise<Record<string, unknown>[]>;
  migrate(folder: string): Promise<void>;
  close(): Promise<void>;
};

/** The migrations folder cut after release 0001, the one before 0002's data steps. */
function landedFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'voce-migrations-'));
  fs.mkdirSync(path.join(dir, 'meta'));
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8'));
  const last = '0001_unreleased';
  const landed = journal.entries.slice(0, journal.entries.findIndex((e: { tag: string }) => e.tag === last) + 1);
  for (const e of landed) fs.copyFileSync(path.join(migrationsFolder, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
  fs.writeFileSync(path.join(dir, 'meta/_journal.json'), JSON.stringify({ ...journal, entries: landed }));
  return dir;
}

async function openDb(): Promise<Db & { drop(): Promise<void> }> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) {
    const client = await PGlite.create();
    return {
      query: async (sql) => (await client.query<Record<string, unknown>>(sql)).rows,
      migrate: (folder) => migratePglite(drizzlePglite(client), { migrationsFolder: folder }),
      close: () => client.close(),
      drop: async () => {},
    };
  }
  const name = `voce_upgrade_${Date.now()}_${process.pid}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  return {
    query: async (sql) => (await client.query(sql)).rows,
    migrate: (folder) => migratePg(drizzlePg(client), { migrationsFolder: folder }),
    close: () => client.end(),
    drop: async () => {
      const a = new pg.Client({ connectionString: base });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

let db: Awaited<ReturnType<typeof openDb>>;
beforeAll(async () => {
  db = await openDb();
  await db.migrate(landedFolder());
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
