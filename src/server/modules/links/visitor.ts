import crypto from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export type DeviceClass = 'mobile' | 'tablet' | 'desktop' | 'other';

/**
 * The visitor's identity for de-duplication: HMAC of address and user agent under the day's salt. The address is
 * used here, in memory, and never written anywhere; once the salt is deleted the hash cannot be recomputed.
 */
export function visitorHash(salt: string, ip: string, userAgent: string): string {
  return crypto.createHmac('sha256', salt).update(`${ip}\n${userAgent}`).digest('base64url').slice(0, 32);
}

/** The client address: the socket's, or the first X-Forwarded-For hop when Voce runs behind a trusted proxy. */
export function clientIp(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const fwd = req.headers['x-forwarded-for'];
    const first = (Array.isArray(fwd) ? fwd[0] : fwd)?.split(',')[0]?.trim();
    if (first) return first;
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
