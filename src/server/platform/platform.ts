import type { Logger } from 'pino';
import type { Config } from './config';
import type { Database, Db } from './db/client';
import { Jobs } from './jobs';
import { createMailTransport, type MailTransport } from './mail/transport';
import { createStorage, type Storage } from './storage';

/** The services every module receives; built once per process from the configuration. */
export type Platform = {
  config: Config & { secret: string };
  database: Database;
  db: Db;
  jobs: Jobs;
  logger: Logger;
  mail: MailTransport;
  storage: Storage;
};

export function createPlatform(config: Config & { secret: string }, database: Database, logger: Logger): Platform {
  return {
    config,
    database,
    db: database.db,
    jobs: Jobs.create(database.executeSql, logger, config.jobsSchema, config.scheduleJobs ?? true),
    logger,
    mail: createMailTransport(config.smtpUrl ? { kind: 'smtp', url: config.smtpUrl } : { kind: 'outbox' }),
    storage: createStorage({ kind: 'disk', dir: `${config.dataDir}/files` }),
  };
}
