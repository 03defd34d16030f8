import dns from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { AppError } from '../../../platform/errors';
import { type AddressPolicy, publicAddressesOnly } from './address-policy';

export type FetchLimits = { policy?: AddressPolicy; timeoutMs?: number; maxBytes?: number; maxRedirects?: number };
export type Fetched = { url: string; contentType: string; body: Buffer };

const unavailable = () => new AppError('content.preview_unavailable', 422);

/** The address, or "no preview" when the page (or a redirect's Location, e.g. `http://[`) is not a URL. */
function parsed(raw: string, base?: URL): URL {
  try {
    return new URL(raw, base);
  } catch {
    throw unavailable();
  }
}

/** Resolves the host ourselves and checks every address, so a name cannot point us at the internal network. */
async function checkedAddress(hostname: string, policy: AddressPolicy): Promise<{ address: string; family: number }> {
  const bare = hostname.replace(/^\[|\]$/g, '');
  const found = await dns.lookup(bare, { all: true, verbatim: true }).catch(() => []);
  if (found.length === 0 || found.some((a) => !policy(a.address))) throw unavailable();
  return found[0];
}

/** One request pinned to the checked address (no second DNS answer can differ: no rebinding). */
function requestOnce(url: URL, pinned: { address: string; family: number }, signal: AbortSignal, maxBytes: number) {
  const lookup: LookupFunction = (_host, opts, cb) => {
    if (opts.all) (cb as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [pinned]);
    else cb(null, pinned.address, pinned.family);
  };
  const mod = url.protocol === 'https:' ? https : http;
  return new Promise<{ status: number; location?: string; contentType: string; body: Buffer }>((resolve, reject) => {
    const req = mod.request(
      url,
      { method: 'GET', lookup, signal, headers: { 'user-agent': 'VoceLinkPreview/1.0', accept: 'text/html' } },
      (res) => {
        const status = res.statusCode ?? 0;
        const contentType = String(res.headers['content-type'] ?? '');
        if (status >= 300 && status < 400) {
          res.resume();
          return resolve({ status, location: res.headers.location, contentType, body: Buffer.alloc(0) });
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          chunks.push(chunk);
          size += chunk.length;
          // Enough to find the <head>: stop reading instead of buffering an endless page.
          if (size >= maxBytes) {
            res.destroy();
            resolve({ status, contentType, body: Buffer.concat(chunks).subarray(0, maxBytes) });
          }
        });
        res.on('end', () => resolve({ status, contentType, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    // A page that trickles its body must still end at the deadline.
    signal.addEventListener('abort', () => {
      req.destroy();
      reject(unavailable());
    });
    req.end();
  });
}

/** GET with a total time limit, a size cap, http/https only, and each redirect re-checked against the policy. */
export async function safeFetch(raw: string, limits: FetchLimits = {}): Promise<Fetched> {
  const { policy = publicAddressesOnly, timeoutMs = 3000, maxBytes = 512 * 1024, maxRedirects = 3 } = limits;
  const signal = AbortSignal.timeout(timeoutMs);
  let url = parsed(raw);
  for (let hop = 0; hop <= maxRedirects; hop++) {
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password) throw unavailable();
    const pinned = await Promise.race([
      checkedAddress(url.hostname, policy),
      new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(unavailable()))),
    ]);
    if (signal.aborted) throw unavailable();
    const res = await requestOnce(url, pinned, signal, maxBytes).catch(() => {
      throw unavailable();
    });
    if (res.status >= 300 && res.status < 400 && res.location) {
      url = parsed(res.location, url);
      continue;
    }
    if (res.status < 200 || res.status >= 300) throw unavailable();
    return { url: url.toString(), contentType: res.contentType, body: res.body };
  }
  throw unavailable();
}
