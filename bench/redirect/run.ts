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
 *   BENCH_VISITORS=realistic   visitors with their own addresses and a pool of 200 browsers (default: distinct, the
 *                              worst case: every request a user agent never seen before, all from 127.0.0.1)
 *   BENCH_CPU_PROF=<folder>    writes a V8 CPU profile of each Voce process there (open it in Chrome's DevTools)
 *
 * Also reported: the CPU time each server spends per request, which the machine's load barely moves (requests/s does).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { prepareLinks, withDataDir } from '../../tests/support/link-data';
import { freePort, startVoce, type Voce } from '../../tests/support/voce-process';
import { cpuMs, type Figures, load, loadAll, sampleRss, type Visitors, waiting } from './load';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const PROCESSES = Number(process.env.BENCH_PROCESSES ?? 1);
const DATABASE_URL = process.env.DATABASE_URL;
const VISITORS: Visitors = process.env.BENCH_VISITORS === 'realistic' ? 'realistic' : 'distinct';
const CPU_PROF = process.env.BENCH_CPU_PROF;
const LINKS = 1000;
const profiler = fileURLToPath(new URL('./cpu-profile.mjs', import.meta.url));
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
// If anything below throws, no server started here may outlive the run.
const voces: Voce[] = [];
process.on('exit', () => {
  bare.kill('SIGTERM');
  for (const v of voces) void v.stop(); // a no-op for those already stopped
});

// The first process also runs the jobs (the rollup); the others serve the web only, as in a scaled-out deployment.
for (let k = 0; k < PROCESSES; k++)
  voces.push(
    await startVoce({
      dataDir,
      seed: false,
      pinned,
      env: {
        LOG_LEVEL: 'error',
        VOCE_ROLE: k === 0 ? 'all' : 'web',
        // Realistic visitors arrive through a proxy that names them in X-Forwarded-For.
        ...(VISITORS === 'realistic' ? { TRUST_PROXY: 'true' } : {}),
        ...(CPU_PROF ? { NODE_OPTIONS: `--import ${profiler}`, BENCH_CPU_PROF: path.resolve(CPU_PROF) } : {}),
        ...dbEnv,
      },
    }),
  );
const urls = voces.map((v) => v.url);

/** Waits until every answered click is in the database; returns the seconds it took. */
async function caughtUp(): Promise<number> {
  const started = Date.now();
  while ((await waiting(urls)) > 0) await new Promise((r) => setTimeout(r, 100));
  return (Date.now() - started) / 1000;
}

// Warm both (JIT, link cache), then one sustained run each.
await load(bareUrl, paths, WARMUP, CONNECTIONS, VISITORS);
let answered = (await loadAll(urls, paths, WARMUP, CONNECTIONS, VISITORS)).total;
await caughtUp();
const cpuOf = (pids: number[]) => pids.reduce((ms, p) => ms + cpuMs(p), 0);
const bareCpu = cpuOf([bare.pid ?? 0]);
// Voce's processes are idle meanwhile: what they spend then (job queue polling, timers) is spent under load too.
const idleCpu = cpuOf(voces.map((v) => v.pid));
const bareRun: Figures = await load(bareUrl, paths, SECONDS, CONNECTIONS, VISITORS);
const bareCpuMs = cpuOf([bare.pid ?? 0]) - bareCpu;
const idleCpuMs = cpuOf(voces.map((v) => v.pid)) - idleCpu;
const rss = sampleRss(voces.map((v) => v.pid));
const voceCpu = cpuOf(voces.map((v) => v.pid));
// The same monotonic clock as the profiles' timestamps (µs), to read them for the loaded window only.
const clockUs = () => Number(process.hrtime.bigint() / 1000n);
const window = { loadFrom: clockUs(), loadTo: 0, caughtUpAt: 0 };
const voceRun = await loadAll(urls, paths, SECONDS, CONNECTIONS, VISITORS);
const voceCpuMs = cpuOf(voces.map((v) => v.pid)) - voceCpu;
window.loadTo = clockUs();
const lag = await waiting(urls);
const catchUp = await caughtUp();
// The clicks still to write when the load stopped cost CPU too: counted in the per-request figure.
const voceCpuAllMs = cpuOf(voces.map((v) => v.pid)) - voceCpu;
window.caughtUpAt = clockUs();
if (CPU_PROF) {
  fs.mkdirSync(CPU_PROF, { recursive: true });
  fs.writeFileSync(path.join(CPU_PROF, 'window.json'), JSON.stringify(window));
}
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
const who = VISITORS === 'realistic' ? 'own address, 200 browsers' : 'all from 127.0.0.1, each its own user agent';
console.log(
  `${SECONDS} s sustained per server, ${CONNECTIONS} connections, ${LINKS} links, every request a distinct visitor (${who})\n`,
);
console.log('| server | requests/s | p99 latency (ms) |\n|---|---|---|');
console.log(`| bare node:http, 302 from an in-memory map | ${Math.round(bareRun.rps)} | ${bareRun.p99} |`);
console.log(`| Voce GET /l/<code> with recording | ${Math.round(voceRun.rps)} | ${voceRun.p99} |`);
console.log(
  `\nratio Voce / bare: ${(voceRun.rps / bareRun.rps).toFixed(2)}; p99 ratio ${(voceRun.p99 / bareRun.p99).toFixed(1)}`,
);
const usPer = (ms: number, n: number) => ((ms * 1000) / Math.max(1, n)).toFixed(1);
console.log(
  `CPU time per request: bare ${usPer(bareCpuMs, bareRun.total)} µs; Voce ${usPer(voceCpuMs, voceRun.total)} µs during the load, ${usPer(voceCpuAllMs, voceRun.total)} µs with the catch-up`,
);
console.log(
  `Voce's CPU time while idle (during the bare run): ${(idleCpuMs / SECONDS).toFixed(0)} ms per second (job queue polling, timers)`,
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
