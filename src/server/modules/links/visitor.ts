import crypto from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { proxiedClient } from '../../platform/http/client-address';

export type DeviceClass = 'mobile' | 'tablet' | 'desktop' | 'other';

/**
 * The visitor's identity for de-duplication: a keyed hash of address and user agent under the day's salt. The address
 * is used here, in memory, and never written anywhere; once the salt is deleted the hash cannot be recomputed.
 *
 * One SHA-256 of salt, address and user agent rather than an HMAC: it runs for every recorded click, and a one-shot
 * hash costs a fraction of building an HMAC object. The salt (32 random bytes, secret) comes first, nothing in it or the
 * address can hold the separator, and the digest is cut to 192 bits, so no length extension can reach another hash.
 */
export function visitorHash(salt: string, ip: string, userAgent: string): string {
  return crypto.hash('sha256', `${salt}\n${ip}\n${userAgent}`, 'base64url').slice(0, 32);
}

/**
 * The client address: the socket's, or behind a trusted proxy the LAST X-Forwarded-For entry, the one the proxy
 * appended (as platform/http/client-address does). Earlier entries are the client's to forge: trusting the first let
 * one visitor pass for a new one on every request and inflate a link's clicks.
 */
export function clientIp(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const last = proxiedClient(req.headers['x-forwarded-for']);
    if (last) return last;
  }
  return req.socket.remoteAddress ?? '';
}

/** Coarse device class from the user agent (no fingerprinting detail is kept). */
export function deviceClass(userAgent: string): DeviceClass {
  if (/ipad|tablet|kindle|silk|playbook|(android(?!.*mobile))/i.test(userAgent)) return 'tablet';
  if (/mobi|iphone|ipod|android|blackberry|opera mini|iemobile|windows phone/i.test(userAgent)) return 'mobile';
  if (/windows|macintosh|mac os x|x11|linux|cros/i.test(userAgent)) return 'desktop';
  return 'other';
}

/** Only the host of the referring page, lower-case; nothing of its path or query. */
export function referrerHost(referer: string | undefined): string | null {
  if (!referer) return null;
  try {
    const u = new URL(referer);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname.toLowerCase().slice(0, 255) : null;
  } catch {
    return null;
  }
}
