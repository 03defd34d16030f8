import crypto from 'node:crypto';
import QRCode from 'qrcode';

// Crockford's base32 without look-alikes: a code is read from a badge and typed on a phone.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * The personal check-in code of a registration: an HMAC of organisation, event and registration with the server
 * secret (60 bits, 12 characters). Not guessable without the secret, and bound to its event: the same person's code
 * for another event or organisation is different and is refused there.
 */
export function checkinCodeFor(secret: string, orgId: string, eventId: string, registrationId: string): string {
  const mac = crypto.createHmac('sha256', secret).update(`event-checkin\n${orgId}\n${eventId}\n${registrationId}`).digest();
  let out = '';
  for (let i = 0; i < 12; i++) {
    const bit = i * 5;
    const byte = mac.readUInt16BE(Math.floor(bit / 8));
    out += ALPHABET[(byte >> (11 - (bit % 8))) & 31];
  }
  return `${out.slice(0, 4)}-${out.slice(4, 8)}-${out.slice(8)}`;
}

/** What the organiser typed or scanned, in the stored form (case, spaces and dashes forgiven; O→0, I/L→1). */
export function normaliseCode(input: string): string {
  const s = input
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return s.length === 12 ? `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8)}` : s;
}

/** Equal codes, compared in constant time. */
export function sameCode(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

export const qrDataUrl = (code: string) => QRCode.toDataURL(code, { margin: 1, width: 240 });
