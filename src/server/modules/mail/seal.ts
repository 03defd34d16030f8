import crypto from 'node:crypto';

/**
 * Symmetric encryption (AES-256-GCM) of a value that must wait in the database but that nobody reading the rows may
 * learn: a password-reset link between the request and the send. The key is derived from the platform secret, so a
 * database dump alone does not reveal it.
 */
function keyOf(secret: string): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', secret, 'voce', 'mail.sealed-link', 32));
}

export function seal(secret: string, plain: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', keyOf(secret), iv);
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), data].map((b) => b.toString('base64url')).join('.');
}

/** The sealed value, or null when it cannot be opened (another secret, or tampered with). */
export function unseal(secret: string, sealed: string): string | null {
  const [iv, tag, data] = sealed.split('.').map((p) => Buffer.from(p, 'base64url'));
  if (!iv || !tag || !data) return null;
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', keyOf(secret), iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
