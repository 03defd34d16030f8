import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createApp } from '../app';
import { allJobs } from '../modules';
import type { Config } from '../platform/config';
import { type Database, defaultDbTimeouts, openPostgres, pgliteDatabase } from '../platform/db/client';
import { createLogger } from '../platform/logger';
import type { Module } from '../platform/module';
import { createPlatform, type Platform } from '../platform/platform';

export type TestPlatform = Awaited<ReturnType<typeof createTestPlatform>>;

async function openTestDatabase(): Promise<Database> {
  // A slot of the small test pool may be awaited long on a busy runner (200 registrations at once queue for 4
  // connections): a wait is not a failure there, so the test lane waits a minute instead of the app's 10 s.
  if (process.env.VOCE_TEST_PG_URL)
    return openPostgres(process.env.VOCE_TEST_PG_URL, 4, { ...defaultDbTimeouts, connectMs: 60_000 });
  const dump = process.env.VOCE_TEST_PGLITE_DUMP;
  if (!dump) throw new Error('run tests through vitest (global setup prepares the database)');
  const blob = new Blob([fs.readFileSync(dump)]);
  return pgliteDatabase(await PGlite.create({ loadDataDir: blob }));
}

/** A real platform on a real database (PGlite in-process, or PostgreSQL in the CI lane). One per test file. */
export async function createTestPlatform(overrides: Partial<Config> = {}, extraModules: Module[] = []) {
  const database = await openTestDatabase();
  // Test files run in parallel on one PostgreSQL: each platform gets its own queue, or one file's drain() would run
  // (and steal) another file's jobs. PGlite needs none: every file has its own database.
  const jobsSchema = database.kind === 'postgres' ? `pgboss_t${crypto.randomBytes(6).toString('hex')}` : 'pgboss';
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'voce-test-'));
  const config: Config & { secret: string } = {
    port: 0,
    host: '127.0.0.1',
    publicUrl: 'http://localhost:3000',
    dataDir,
    mailFrom: 'Voce <no-reply@voce.test>',
    logLevel: 'silent',
    role: 'all',
    seedDemo: false,
    trustProxy: false,
    jobsSchema,
    scheduleJobs: false,
    secret: 'test-secret-test-secret-test-secret-0123456789',
    ...overrides,
  };
  const platform: Platform = createPlatform(config, database, createLogger(config.logLevel));
  await platform.jobs.start(allJobs());
  const { app, auth } = createApp(platform, { extraModules });
  return {
    platform,
    app,
    auth,
    async close() {
      await platform.jobs.stop();
      if (jobsSchema !== 'pgboss') await database.executeSql(`drop schema if exists ${jobsSchema} cascade`);
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
