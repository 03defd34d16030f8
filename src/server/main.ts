import http from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { createApp } from './app';
import { boot } from './boot';
import { modules } from './modules';
import { loadConfig, publicUrlProblem } from './platform/config';
import { DataDirLockedError } from './platform/db/lock';
import { seedDemo } from './seed';

async function main() {
  const config = loadConfig();
  const problem = publicUrlProblem(config);
  if (problem && 'refuse' in problem) {
    console.error(`\n  ${problem.refuse}\n`);
    process.exit(2);
  }
  const serve = config.role !== 'worker';
  const { platform, shutdown } = await boot(config, { work: config.role !== 'web' });
  const demo = config.seedDemo && config.role !== 'worker' ? await seedDemo(platform) : null;

  let server: http.Server | null = null;
  if (serve) {
    const { app } = createApp(platform);
    const honoListener = getRequestListener(app.fetch);
    const fastPaths = modules.flatMap((m) => (m.fastPath ? [m.fastPath(platform)] : []));
    server = http.createServer((req, res) => {
      for (const handle of fastPaths) if (handle(req, res)) return;
      void honoListener(req, res);
    });
    server.keepAliveTimeout = 65_000;
    await new Promise<void>((resolve) => server!.listen(config.port, config.host, resolve));
  }

  const lines = [
    '',
    `  Voce is running${serve ? ` at ${config.publicUrl}` : ' (worker)'}`,
    `  Database: ${config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${config.dataDir}`}`,
  ];
  if (demo) {
    lines.push(`  Demo organisation: ${demo.orgName}`, `  Demo logins (password for all: ${demo.password}):`);
    for (const l of demo.logins) lines.push(`    ${l.role.padEnd(10)} ${l.email}`);
  }
  if (problem) {
    lines.push('', `  Warning: ${problem.warn}`);
    platform.logger.warn({ publicUrl: config.publicUrl }, problem.warn);
  }
  console.log(`${lines.join('\n')}\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    platform.logger.info({ signal }, 'shutting down');
    if (server) {
      server.closeIdleConnections();
      await new Promise<void>((resolve) => server!.close(() => resolve()));
    }
    await shutdown();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((err) => {
  if (err instanceof DataDirLockedError) {
    console.error(`\n  ${err.message}\n`);
    process.exit(2);
  }
  console.error(err);
  process.exit(1);
});
