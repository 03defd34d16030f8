import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { openPostgres, pgliteDatabase } from '../platform/db/client';
import { scratchDatabase } from './scratch-database';

/**
 * Migrates once per run. PGlite: a migrated data dir is dumped and every test file loads it (~1 s instead of ~5).
 * PostgreSQL lane (TEST_DATABASE_URL): a fresh database per run, migrated once.
 */
export default async function setup() {
  const base = process.env.TEST_DATABASE_URL;
  if (base) {
    const { url, drop } = await scratchDatabase(base, 'voce_test');
    const db = openPostgres(url, 2);
    await db.migrate();
    await db.close();
    process.env.VOCE_TEST_PG_URL = url;
    return drop;
  }
  const client = await PGlite.create();
  await pgliteDatabase(client).migrate();
  const dump = await client.dumpDataDir('gzip');
  const dir = path.resolve('.tmp');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `pglite-migrated-${process.pid}.tar.gz`);
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await client.close();
  process.env.VOCE_TEST_PGLITE_DUMP = file;
  return () => fs.rmSync(file, { force: true });
}
