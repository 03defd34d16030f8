import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { migrationsFolder } from '../../src/server/platform/db/client';
import { scratchDatabase } from '../../src/server/testing/scratch-database';

/** For upgrade tests: a database migrated to an earlier release, filled, then migrated as an upgrade would. */
export type Db = {
  query(sql: string): Promise<Record<string, unknown>[]>;
  migrate(folder: string): Promise<void>;
  close(): Promise<void>;
};

/** The migrations folder cut after the release `last` (e.g. 0001_unreleased): the database as that release left it. */
export function landedFolder(last: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'voce-migrations-'));
  fs.mkdirSync(path.join(dir, 'meta'));
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8'));
  const landed = journal.entries.slice(0, journal.entries.findIndex((e: { tag: string }) => e.tag === last) + 1);
  for (const e of landed) fs.copyFileSync(path.join(migrationsFolder, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
  fs.writeFileSync(path.join(dir, 'meta/_journal.json'), JSON.stringify({ ...journal, entries: landed }));
  return dir;
}

/** A database of its own: PGlite in memory, or on PostgreSQL (TEST_DATABASE_URL) a new database dropped afterwards. */
export async function openDb(): Promise<Db & { drop(): Promise<void> }> {
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
  const { url, drop } = await scratchDatabase(base, 'voce_upgrade');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    query: async (sql) => (await client.query(sql)).rows,
    migrate: (folder) => migratePg(drizzlePg(client), { migrationsFolder: folder }),
    close: () => client.end(),
    drop,
  };
}
