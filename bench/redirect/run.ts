/**
 * Redirect benchmark: the real Voce process (GET /l/<code>, with click recording on: spool + flusher into PGlite)
 * against a bare node:http server answering the same 302 from an in-memory map, measured in the same run with the
 * same load. Prints requests/s and p99 latency of both and their ratio (target ≥ 0.8).
 * Run: npm run bench:redirect   (BENCH_SECONDS=10 BENCH_CONNECTIONS=50 by default)
 */
import { type ChildProcess, spawn } from 'node:child_process';
import autocannon from 'autocannon';
import { prepareLinks, withDataDir } from '../../tests/support/link-data';
import { freePort, startVoce } from '../../tests/support/voce-process';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const LINKS = 1000;

type Figures = { rps: number; p99: number; non3xx: number; total: number };

/** Every request a different link and a different browser, so each one is a distinct visitor to record. */
async function load(url: string, paths: string[]): Promise<Figures> {
  let i = 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [
      {
        setupRequest: (req) => {
          i++;
          return { ...req, path: paths[i % paths.length], headers: { 'user-agent': `Mozilla/5.0 (X11; Linux x86_64) Bench/${i}` } };
        },
      },
    ],
  });
  return { rps: result.requests.average, p99: result.latency.p99, non3xx: result.non2xx - result['3xx'], total: result.requests.total };
}

const { dataDir, links } = await prepareLinks(LINKS);
const paths = links.map((l) => l.path);

const barePort = await freePort();
const bare: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'bench/redirect/bare-server.ts'], {
  env: { ...process.env, PORT: String(barePort), BARE_LINKS: JSON.stringify(links.map((l) => [l.path, l.destination])) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise<void>((resolve) => bare.stdout?.once('data', () => resolve()));

const voce = await startVoce({ dataDir, seed: false, env: { LOG_LEVEL: 'error' } });

// Warm both (JIT, link cache), then measure: bare first, Voce second, then bare again to check the machine was steady.
await load(`http://127.0.0.1:${barePort}`, paths);
await load(voce.url, paths);
const bare1 = await load(`http://127.0.0.1:${barePort}`, paths);
const v = await load(voce.url, paths);
const bare2 = await load(`http://127.0.0.1:${barePort}`, paths);
bare.kill('SIGTERM');
await voce.stop();

const recorded = await withDataDir(dataDir, async ({ database }) => {
  const r = await database.executeSql('select count(*)::int as n from clicks');
  return Number(r.rows[0].n);
});

const ceiling = { rps: (bare1.rps + bare2.rps) / 2, p99: Math.max(bare1.p99, bare2.p99) };
const row = (name: string, f: { rps: number; p99: number }) => `| ${name} | ${Math.round(f.rps)} | ${f.p99} |`;
console.log(`\n${SECONDS} s per run, ${CONNECTIONS} connections, ${LINKS} links, every request a distinct visitor\n`);
console.log('| server | requests/s | p99 latency (ms) |\n|---|---|---|');
console.log(row('bare node:http (mean of 2 runs)', ceiling));
console.log(row('Voce /l/<code> with recording', v));
console.log(`\nratio Voce / bare: ${(v.rps / ceiling.rps).toFixed(2)} (target ≥ 0.80)`);
console.log(`answers other than 302 from Voce: ${v.non3xx}; clicks recorded (warm-up and measured runs): ${recorded}`);
