import crypto from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { AppError } from '../../platform/errors';
import type { Platform } from '../../platform/platform';
import { hashSecret } from './lrs-keys';
import { trainingLrsKeys } from './schema';

const refused = () => new AppError('training.xapi_unauthorised', 401);

/**
 * HTTP Basic with an LRS key (key id : secret), as xAPI clients send it. Answers the key's organisation; a wrong,
 * unknown or revoked key is 401 without saying which.
 */
export async function authenticateLrs(platform: Platform, header: string | undefined): Promise<{ orgId: string; keyId: string }> {
  const m = /^Basic\s+([A-Za-z0-9+/=_-]{1,512})$/.exec(header ?? '');
  if (!m) throw refused();
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 1) throw refused();
  const keyId = decoded.slice(0, colon);
  const given = Buffer.from(hashSecret(decoded.slice(colon + 1)), 'hex');
  const [key] = await platform.db
    .select({ id: trainingLrsKeys.id, orgId: trainingLrsKeys.orgId, hash: trainingLrsKeys.secretHash })
    .from(trainingLrsKeys)
    .where(and(eq(trainingLrsKeys.keyId, keyId), isNull(trainingLrsKeys.revokedAt)));
  const stored = Buffer.from(key?.hash ?? '0'.repeat(64), 'hex');
  if (!key || !crypto.timingSafeEqual(stored, given)) throw refused();
  await platform.db.update(trainingLrsKeys).set({ lastUsedAt: new Date() }).where(eq(trainingLrsKeys.id, key.id));
  return { orgId: key.orgId, keyId };
}
