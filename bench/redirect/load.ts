// Load generation and process sampling for the redirect benchmark.
import fs from 'node:fs';
import autocannon from 'autocannon';

export type Figures = { rps: number; p99: number; non3xx: number; total: number };

// Counts across runs: every request of every run is a new visitor, so none is a repeat within the hour.
let i = 0;

/** `seconds` of load on `url`: every request a different link and a different browser, i.e. a distinct visitor. */
export async function load(url: string, paths: string[], seconds: number, connections: number): Promise<Figures> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
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

/** The same load split over several servers at once (one autocannon per server); figures are summed, p99 the worst. */
export async function loadAll(urls: string[], paths: string[], seconds: number, connections: number): Promise<Figures> {
  const each = await Promise.all(urls.map((u) => load(u, paths, seconds, Math.max(1, Math.round(connections / urls.length)))));
  return {
    rps: each.reduce((s, f) => s + f.rps, 0),
    p99: Math.max(...each.map((f) => f.p99)),
    non3xx: each.reduce((s, f) => s + f.non3xx, 0),
    total: each.reduce((s, f) => s + f.total, 0),
  };
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
