import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { allJobs, modules } from './modules';
import type { Config } from './platform/config';
import { type Database, openPglite, openPostgres } from './platform/db/client';
import { lockDataDir } from './platform/db/lock';
import { createLogger } from './platform/logger';
import { createPlatform, type Platform } from './platform/platform';

/** Embedded mode keeps a generated secret in the data folder; on PostgreSQL every process must share SECRET. */
function resolveSecret(config: Config): string {
  if (config.secret) return config.secret;
  if (config.databaseUrl) throw new Error('SECRET (at least 32 characters) is required when DATABASE_URL is set.');
  const file = path.join(config.dataDir, 'secret');
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600 });
  return fs.readFileSync(file, 'utf8').trim();
}

export type Booted = { platform: Platform; shutdown(): Promise<void> };

/** Opens the database (locking the data folder in embedded mode), migrates, starts jobs and module lifecycles. */
export async function boot(config: Config, opts: { work: boolean }): Promise<Booted> {
  const logger = createLogger(config.logLevel);
  let release = () => {};
  let database: Database;
  if (config.databaseUrl) {
    database = openPostgres(config.databaseUrl, 10, config.dbTimeouts);
  } else {
    release = lockDataDir(config.dataDir);
    database = await openPglite(path.join(config.dataDir, 'pglite'));
  }
  const platform = createPlatform({ ...config, secret: resolveSecret(config) }, database, logger);
  await database.migrate();
  await platform.jobs.start(allJobs());
  // Embedded: one process queues every job and wakes its worker, so polling is only for delayed jobs (see work()).
  if (opts.work) await platform.jobs.work(platform, config.databaseUrl ? 1 : 5);
  for (const m of modules) await m.start?.(platform);
  return {
    platform,
    async shutdown() {
      for (const m of [...modules].reverse()) await m.stop?.(platform);
      await platform.jobs.stop();
      await database.close();
      release();
    },
  };
}
