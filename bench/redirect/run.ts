/**
 * Redirect benchmark, sustained: the real Voce process(es) (GET /l/<code>, click recording on) against a bare node:http
 * server answering the same 302 from an in-memory map, measured in the same run with the same load. Reports sustained
 * requests/s and p99 of both, their ratio, how many answered clicks the database still lacks when the load stops and
 * how long it takes to catch up, the largest RSS of each Voce process, and checks that no answered click was lost.
 *
 *   npm run bench:redirect                                   PGlite (embedded), 60 s
 *   DATABASE_URL=postgres://… npm run bench:redirect          PostgreSQL
 *   DATABASE_URL=postgres://… BENCH_PROCESSES=2 npm run …     two web processes on one PostgreSQL
 *   BENCH_SECONDS (60), BENCH_CONNECTIONS (50), BENCH_WARMUP (5)
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import os from 'node:os';
import pg from 'pg';
import { prepareLinks, withDataDir } from '../../tests/support/link-data';
import { freePort, startVoce, type Voce } from '../../tests/support/voce-process';
import { type Figures, load, loadAll, sampleRss, waiting } from './load';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const PROCESSES = Number(process.env.BENCH_PROCESSES ?? 1);
const DATABASE_URL = process.env.DATABASE_URL;
const LINKS = 1000;
if (PROCESSES > 1 && !DATABASE_URL) throw new Error('several processes share a PostgreSQL database: set DATABASE_URL');

/** Load generator (this process) on CPU 0, every server under test on CPU 1: the servers are compared, not the CPUs. */
const canPin = os.availableParallelism() >= 2 && spawnSync('taskset', ['-cp', '0', String(process.pid)]).status === 0;
const pinned = canPin ? ['taskset', '-c', '1'] : [];
const dbEnv: Record<string, string> = DATABASE_URL ? { DATABASE_URL, SECRET: 'bench-secret-bench-secret-bench-secret-0000' } : {};

const { dataDir, links } = await prepareLinks(LINKS, { env: dbEnv });
const paths = links.map((l) => l.path);
const orgId = links[0].orgId;

const barePort = await freePort();
const [cmd, ...args] = [...pinned, process.execPath, '--import', 'tsx', 'bench/redirect/bare-server.ts'];
const bare: ChildProcess = spawn(cmd, args, {
  env: { ...process.env, PORT: String(barePort), BARE_LINKS: JSON.stringify(links.map((l) => [l.path, l.destination])) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise<void>((resolve) => bare.stdout?.once('data', () => resolve()));
const bareUrl = `http://127.0.0.1:${barePort}`;

// The first process also runs the jobs (the rollup); the others serve the web only, as in a scaled-out deployment.
const voces: Voce[] = [];
for (let k = 0; k < PROCESSES; k++)
  voces.push(
    await startVoce({ dataDir, seed: false, pinned, env: { LOG_LEVEL: 'error', VOCE_ROLE: k === 0 ? 'all' : 'web', ...dbEnv } }),
  );
const urls = voces.map((v) => v.url);

/** Waits until every answered click is in the database; returns the seconds it took. */
async function caughtUp(): Promise<number> {
  const started = Date.now();
  while ((await waiting(urls)) > 0) await new Promise((r) => setTimeout(r, 100));
  return (Date.now() - started) / 1000;
}

// Warm both (JIT, link cache), then one sustained run each.
await load(bareUrl, paths, WARMUP, CONNECTIONS);
let answered = (await loadAll(urls, paths, WARMUP, CONNECTIONS)).total;
await caughtUp();
const bareRun: Figures = await load(bareUrl, paths, SECONDS, CONNECTIONS);
const rss = sampleRss(voces.map((v) => v.pid));
const voceRun = await loadAll(urls, paths, SECONDS, CONNECTIONS);
const lag = await waiting(urls);
const catchUp = await caughtUp();
const maxRss = rss();
answered += voceRun.total;
bare.kill('SIGTERM');
for (const v of voces) await v.stop();

const countClicks = 'select count(*)::int as n from clicks where org_id = $1';
let recorded: number;
if (DATABASE_URL) {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  recorded = Number((await client.query(countClicks, [orgId])).rows[0].n);
  // Leave a shared database as it was found: raw clicks and rollups have no foreign key to the organisation.
  for (const t of ['clicks', 'click_rollup', 'click_daily', 'links', 'posts', 'people', 'organisations'])
    await client.query(`delete from ${t} where ${t === 'organisations' ? 'id' : 'org_id'} = $1`, [orgId]);
  await client.end();
} else {
  recorded = await withDataDir(dataDir, async ({ database }) =>
    Number((await database.executeSql(countClicks, [orgId])).rows[0].n),
  );
}

const where = DATABASE_URL ? `PostgreSQL, ${PROCESSES} Voce process${PROCESSES > 1 ? 'es' : ''}` : 'PGlite (embedded)';
console.log(
  `\n${where}; ${canPin ? 'load generator on CPU 0, servers on CPU 1' : 'no CPU pinning'}; load ${os.loadavg()[0].toFixed(2)}`,
);
console.log(`${SECONDS} s sustained per server, ${CONNECTIONS} connections, ${LINKS} links, every request a distinct visitor\n`);
console.log('| server | requests/s | p99 latency (ms) |\n|---|---|---|');
console.log(`| bare node:http, 302 from an in-memory map | ${Math.round(bareRun.rps)} | ${bareRun.p99} |`);
console.log(`| Voce GET /l/<code> with recording | ${Math.round(voceRun.rps)} | ${voceRun.p99} |`);
console.log(
  `\nratio Voce / bare: ${(voceRun.rps / bareRun.rps).toFixed(2)}; p99 ratio ${(voceRun.p99 / bareRun.p99).toFixed(1)}`,
);
console.log(`answers other than 302 from Voce: ${voceRun.non3xx}`);
console.log(`database behind the answered clicks when the load stopped: ${lag} clicks; caught up ${catchUp.toFixed(1)} s later`);
console.log(`largest RSS during the run: ${maxRss.map((m) => `${m} MB`).join(', ')}`);
// autocannon stops counting with its connections' last requests in flight: those are answered and recorded too.
const inFlight = CONNECTIONS * 2;
const lost = answered - recorded;
console.log(
  `clicks counted by the load generator: ${answered}; in the database: ${recorded} (up to ${inFlight} more were in flight) → ${
    lost <= 0 && -lost <= inFlight ? 'none lost' : `MISMATCH ${lost}`
  }`,
);
