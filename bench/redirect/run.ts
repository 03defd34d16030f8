/**
 * Redirect benchmark: the real Voce process (GET /l/<code>, with click recording on: spool + flusher into PGlite)
 * against a bare node:http server answering the same 302 from an in-memory map, measured in the same run with the
 * same load. Prints requests/s and p99 latency of both and their ratio (target ≥ 0.8).
 * Run: npm run bench:redirect   (BENCH_SECONDS=5 BENCH_ROUNDS=3 BENCH_CONNECTIONS=50 by default)
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { prepareLinks, withDataDir } from '../../tests/support/link-data';
import { freePort, startVoce } from '../../tests/support/voce-process';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const LINKS = 1000;

type Figures = { rps: number; p99: number; non3xx: number; total: number };

// Counts across runs: every request of every run is a new visitor, so none is a repeat within the hour.
let i = 0;

/** Every request a different link and a different browser, so each one is a distinct visitor to record. */
async function load(url: string, paths: string[]): Promise<Figures> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [
      {
        setupRequest: (req) => {
          i++;
          return {
            ...req,
            path: paths[i % paths.length],
            headers: { 'user-agent': `Mozilla/5.0 (X11; Linux x86_64) Bench/${i}` },
          };
        },
      },
    ],
  });
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    non3xx: result.non2xx - result['3xx'],
    total: result.requests.total,
  };
}

/**
 * On a machine with two or more CPUs (and taskset), the load generator (this process) runs on CPU 0 and the server
 * under test on CPU 1, so the two do not fight for one core and the comparison is of the servers alone.
 */
const canPin = os.availableParallelism() >= 2 && spawnSync('taskset', ['-cp', '0', String(process.pid)]).status === 0;
const pinned = canPin ? ['taskset', '-c', '1'] : [];

const { dataDir, links } = await prepareLinks(LINKS);
const paths = links.map((l) => l.path);

const barePort = await freePort();
const [cmd, ...args] = [...pinned, process.execPath, '--import', 'tsx', 'bench/redirect/bare-server.ts'];
const bare: ChildProcess = spawn(cmd, args, {
  env: { ...process.env, PORT: String(barePort), BARE_LINKS: JSON.stringify(links.map((l) => [l.path, l.destination])) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise<void>((resolve) => bare.stdout?.once('data', () => resolve()));

const voce = await startVoce({ dataDir, seed: false, env: { LOG_LEVEL: 'error' }, pinned });

/**
 * Under saturation Voce postpones writing spooled clicks (up to 30 s): wait until the spool is empty, i.e. every click
 * is in the database, so that catching up does not steal the next run's CPU. Returns how long that took.
 */
async function drained(): Promise<number> {
  const spool = path.join(dataDir, 'spool');
  const started = Date.now();
  while (fs.existsSync(spool) && fs.readdirSync(spool).length > 0) await new Promise((r) => setTimeout(r, 50));
  return (Date.now() - started) / 1000;
}

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const bareUrl = `http://127.0.0.1:${barePort}`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Warm both (JIT, link cache), then alternate bare and Voce so that drifts of the machine hit both alike.
await load(bareUrl, paths);
let answered = (await load(voce.url, paths)).total;
await drained();
const bareRuns: Figures[] = [];
const voceRuns: Figures[] = [];
const catchUps: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  bareRuns.push(await load(bareUrl, paths));
  const v = await load(voce.url, paths);
  voceRuns.push(v);
  answered += v.total;
  catchUps.push(await drained());
}
bare.kill('SIGTERM');
await voce.stop();

const recorded = await withDataDir(dataDir, async ({ database }) => {
  const r = await database.executeSql('select count(*)::int as n from clicks');
  return Number(r.rows[0].n);
});

const summary = (runs: Figures[]) => ({ rps: median(runs.map((f) => f.rps)), p99: median(runs.map((f) => f.p99)) });
const ceiling = summary(bareRuns);
const v = summary(voceRuns);
const row = (name: string, f: { rps: number; p99: number }) => `| ${name} | ${Math.round(f.rps)} | ${f.p99} |`;
console.log(canPin ? '\nload generator on CPU 0, server under test on CPU 1' : '\nload generator and server share the CPUs');
console.log(
  `${ROUNDS} rounds of ${SECONDS} s per server, ${CONNECTIONS} connections, ${LINKS} links, every request a distinct visitor`,
);
console.log(
  `rounds, requests/s: bare ${bareRuns.map((f) => Math.round(f.rps)).join(', ')}; Voce ${voceRuns.map((f) => Math.round(f.rps)).join(', ')}\n`,
);
console.log('| server (median of the rounds) | requests/s | p99 latency (ms) |\n|---|---|---|');
console.log(row('bare node:http, 302 from an in-memory map', ceiling));
console.log(row('Voce GET /l/<code> with recording', v));
console.log(`\nratio Voce / bare: ${(v.rps / ceiling.rps).toFixed(2)} (target ≥ 0.80)`);
console.log(`answers other than 302 from Voce: ${voceRuns.reduce((n, f) => n + f.non3xx, 0)}`);
// autocannon stops counting with its connections' last requests in flight: those are answered and recorded too.
console.log(
  `clicks counted by the load generator: ${answered}; recorded in the database: ${recorded} (≤ ${CONNECTIONS} more per run are in flight at each run's end)`,
);
console.log(`after each Voce round, every click was in the database within ${catchUps.map((c) => c.toFixed(1)).join(', ')} s`);
