import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import ipaddr from 'ipaddr.js';
import type { AppEnv } from './types';

let warned = false;

/**
 * The client's address, for rate limits only: it is hashed by the caller and never stored.
 *
 * Behind a trusted reverse proxy (TRUST_PROXY) it is the LAST X-Forwarded-For entry, the one the proxy appended:
 * earlier entries come from the client and are forged at will, which would give an attacker a fresh limit per
 * request. Otherwise it is the socket's address. Requests handed to the app in-process (tests' `app.request`) have
 * neither and share one bucket, ''.
 */
export function clientAddress(c: Context<AppEnv>): string {
  const forwarded = c.req.header('x-forwarded-for');
  if (c.get('platform').config.trustProxy) {
    const last = proxiedClient(forwarded);
    if (last) return bucket(last);
  } else if (forwarded && !warned) {
    // Behind a proxy without TRUST_PROXY every client has the proxy's address and shares one limit.
    warned = true;
    c.get('log').warn('X-Forwarded-For received but TRUST_PROXY is off: behind a reverse proxy, set TRUST_PROXY=true');
  }
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return bucket(incoming?.socket.remoteAddress ?? '');
}

/** The client a trusted proxy names: the LAST X-Forwarded-For entry (the one it appended; earlier ones are forgeable). */
export function proxiedClient(forwarded: string | string[] | undefined): string | undefined {
  return (Array.isArray(forwarded) ? forwarded.at(-1) : forwarded)?.split(',').at(-1)?.trim() || undefined;
}

/**
 * IPv4 (also when written IPv4-mapped, ::ffff:a.b.c.d) as is; IPv6 by its /64, because one subscriber usually holds
 * a whole /64 and could otherwise rotate through addresses to escape the limit.
 */
export function bucket(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const ip = ipaddr.process(address);
  if (ip.kind() === 'ipv4') return ip.toString();
  return `${ip.toNormalizedString().split(':').slice(0, 4).join(':')}::/64`;
}
