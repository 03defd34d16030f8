import crypto from 'node:crypto';

/** A random URL-safe token (shown once, in the e-mail) and the hash that is stored instead of it. */
export function newToken(): { token: string; hash: string } {
  const token = crypto.randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

export const INVITATION_DAYS = 7;
