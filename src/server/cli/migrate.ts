import path from 'node:path';
import { loadConfig } from '../platform/config';
import { openPglite, openPostgres } from '../platform/db/client';
import { lockDataDir } from '../platform/db/lock';

// Applies the committed migrations and exits (start-up applies them too).
const config = loadConfig();
const release = config.databaseUrl ? () => {} : lockDataDir(config.dataDir);
const db = config.databaseUrl ? openPostgres(config.databaseUrl, 1) : await openPglite(path.join(config.dataDir, 'pglite'));
await db.migrate();
await db.close();
release();
console.log('migrations applied');
