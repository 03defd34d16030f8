import type { Page } from 'playwright-core';

/** A network to emulate: latency added to every request (ms), throughput in bytes per second. */
export type NetworkProfile = { name: string; latency: number; download: number; upload: number };

const kbit = 1024 / 8;
/** Lighthouse's "slow 4G" mobile figures, applied as they are: 150 ms, 1.6 Mbit/s down, 750 kbit/s up. */
export const SLOW_4G: NetworkProfile = { name: 'slow 4G', latency: 150, download: 1.6 * 1024 * kbit, upload: 750 * kbit };
/**
 * The same network as Lighthouse emulates it in DevTools: Chromium adds the latency once per request, not per round
 * trip, so Lighthouse multiplies it by 3.75 and takes 90% of the throughput to come closer to a real phone.
 */
export const SLOW_4G_DEVTOOLS: NetworkProfile = {
  name: 'slow 4G (DevTools-adjusted)',
  latency: 150 * 3.75,
  download: 1.6 * 1024 * kbit * 0.9,
  upload: 750 * kbit * 0.9,
};

/** This machine's own speed, to tell the network's share of a figure from the processor's (a busy CI runner). */
export const UNTHROTTLED: NetworkProfile = { name: 'no throttling', latency: 0, download: -1, upload: -1 };

type Kind = 'document' | 'script' | 'stylesheet' | 'api' | 'other';
export type Transfer = { url: string; kind: Kind; bytes: number; encoding: string; cached: boolean };
export type Meter = { transfers: () => Transfer[]; bytes: (kind?: Kind) => number };

function kindOf(type: string | undefined, url: string): Kind {
  if (type === 'Document') return 'document';
  if (type === 'Script') return 'script';
  if (type === 'Stylesheet') return 'stylesheet';
  if (new URL(url).pathname.startsWith('/api/')) return 'api';
  return 'other';
}

/**
 * Throttles the page's network through the DevTools protocol and counts the bytes that crossed it (compressed size
 * plus headers, as a phone's data plan sees them; 0 for what came from the browser's cache).
 */
export async function meterNetwork(page: Page, profile: NetworkProfile): Promise<Meter> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: profile.latency,
    downloadThroughput: profile.download,
    uploadThroughput: profile.upload,
  });
  const seen = new Map<string, Omit<Transfer, 'bytes'>>();
  const done: Transfer[] = [];
  cdp.on('Network.responseReceived', (e) => {
    const encoding = e.response.headers['content-encoding'] ?? e.response.headers['Content-Encoding'] ?? 'identity';
    const cached = Boolean(e.response.fromDiskCache || e.response.fromPrefetchCache || e.response.fromServiceWorker);
    seen.set(e.requestId, { url: e.response.url, kind: kindOf(e.type, e.response.url), encoding, cached });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const t = seen.get(e.requestId);
    if (t) done.push({ ...t, bytes: t.cached ? 0 : e.encodedDataLength });
  });
  return {
    transfers: () => [...done],
    bytes: (kind) => done.filter((t) => !kind || t.kind === kind).reduce((sum, t) => sum + t.bytes, 0),
  };
}

/**
 * Milliseconds from the start of navigation until `selector` is on screen with a size (the page's own clock, so the
 * test runner's overhead is not counted).
 */
export async function msUntilVisible(page: Page, selector: string): Promise<number> {
  const handle = await page.waitForFunction(
    (sel) => {
      const el = document.querySelector(sel);
      return el && el.getBoundingClientRect().height > 0 ? Math.round(performance.now()) : false;
    },
    selector,
    { polling: 'raf', timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}
