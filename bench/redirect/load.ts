// Load generation and process sampling for the redirect benchmark.
import fs from 'node:fs';
import autocannon from 'autocannon';

export type Figures = { rps: number; p99: number; non3xx: number; total: number };

// Counts across runs: every request of every run is a new visitor, so none is a repeat within the hour.
let i = 0;

/**
 * Who the requests come from. `distinct` (the default, the worst case): all from 127.0.0.1, each with a user agent
 * never seen before. `realistic`, a viral post: each from its own address (X-Forwarded-For, the server trusting its
 * proxy) with one of a few hundred real browsers' user agents. Either way every request is a distinct visitor.
 */
export type Visitors = 'distinct' | 'realistic';

const browsers = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_{m} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{m} Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36 Edg/{v}.0.0.0',
  'Mozilla/5.0 (iPad; CPU OS 17_{m} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{m} Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/{m}.0 Chrome/{v}.0.0.0 Mobile Safari/537.36',
];
/** 200 user agents: 8 browser families × 25 versions. */
const uaPool = browsers.flatMap((b) =>
  Array.from({ length: 25 }, (_, k) => b.replaceAll('{v}', String(100 + k)).replaceAll('{m}', String(k % 7))),
);

function headersOf(n: number, visitors: Visitors): Record<string, string> {
  if (visitors === 'distinct') return { 'user-agent': `Mozilla/5.0 (X11; Linux x86_64) Bench/${n}` };
  // Addresses from 11.0.0.1 on: a new one per request (16 million before they repeat).
  const ip = `${11 + ((n >>> 24) & 0xff)}.${(n >>> 16) & 0xff}.${(n >>> 8) & 0xff}.${n & 0xff}`;
  return { 'user-agent': uaPool[n % uaPool.length], 'x-forwarded-for': ip };
}

/** `seconds` of load on `url`: every request a different link and a distinct visitor (see Visitors). */
export async function load(
  url: string,
  paths: string[],
  seconds: number,
  connections: number,
  visitors: Visitors = 'distinct',
): Promise<Figures> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [
      {
        setupRequest: (req) => {
          i++;
          return { ...req, path: paths[i % paths.length], headers: headersOf(i, visitors) };
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

/** The same load split over several servers at once (one autocannon per server); figures are summed, p99 the worst. */
export async function loadAll(
  urls: string[],
  paths: string[],
  seconds: number,
  connections: number,
  visitors: Visitors = 'distinct',
): Promise<Figures> {
  const each = await Promise.all(
    urls.map((u) => load(u, paths, seconds, Math.max(1, Math.round(connections / urls.length)), visitors)),
  );
  return {
    rps: each.reduce((s, f) => s + f.rps, 0),
    p99: Math.max(...each.map((f) => f.p99)),
    non3xx: each.reduce((s, f) => s + f.non3xx, 0),
    total: each.reduce((s, f) => s + f.total, 0),
  };
}

/**
 * CPU time (user + system) a process has used so far, in ms (Linux), or 0 where /proc is not there. Unlike requests/s
 * it barely moves with the machine's load, so CPU time per request is the figure to compare across runs.
 */
export function cpuMs(pid: number): number {
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th, in 1/100 s.
    const after = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').at(-1)?.split(' ') ?? [];
    return (Number(after[11]) + Number(after[12])) * 10;
  } catch {
    return 0;
  }
}

/** Resident memory of a process in MB (Linux), or 0 where /proc is not there. */
export function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : 0;
  } catch {
    return 0;
  }
}

/** Samples the largest RSS of each process every 250 ms until `stop` is called. */
export function sampleRss(pids: number[]): () => number[] {
  const max = pids.map(() => 0);
  const t = setInterval(() => {
    for (const [k, p] of pids.entries()) max[k] = Math.max(max[k], rssMb(p));
  }, 250);
  return () => {
    clearInterval(t);
    return max;
  };
}

/** Clicks answered but not yet in the database, summed over the processes (their /readyz `links.clicksWaiting`). */
export async function waiting(urls: string[]): Promise<number> {
  let n = 0;
  for (const u of urls) {
    const body = (await (await fetch(`${u}/readyz`)).json()) as { links?: { clicksWaiting?: number } };
    n += body.links?.clicksWaiting ?? 0;
  }
  return n;
}
