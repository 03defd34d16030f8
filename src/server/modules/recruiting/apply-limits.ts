import crypto from 'node:crypto';
import { RateLimiterDrizzle, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '../../platform/errors';
import type { Platform } from '../../platform/platform';
import { applyAttempts } from './schema';

// A person applies to a few jobs a day; a bot from one address or for one e-mail hits these at once. Counted before
// anything is stored, in the database (every process shares them), under keyed hashes: no address or e-mail is kept.
const PER_CLIENT_HOUR = 10;
const PER_EMAIL_DAY = 5;

type Limiters = { client: RateLimiterDrizzle; email: RateLimiterDrizzle };
const limiters = new WeakMap<Platform, Limiters>();

function limitersOf(platform: Platform): Limiters {
  let l = limiters.get(platform);
  if (!l) {
    const store = (keyPrefix: string, points: number, duration: number) =>
      new RateLimiterDrizzle({
        storeClient: platform.db,
        schema: applyAttempts,
        keyPrefix,
        points,
        duration,
        // Old rows are deleted by the hourly recruiting.candidate-retention job, not by a timer in every process.
        clearExpiredByTimeout: false,
      });
    l = { client: store('client', PER_CLIENT_HOUR, 3600), email: store('email', PER_EMAIL_DAY, 86_400) };
    limiters.set(platform, l);
  }
  return l;
}

const hash = (platform: Platform, label: string, value: string) =>
  crypto.createHmac('sha256', platform.config.secret).update(`recruiting ${label}\n${value}`).digest('base64url').slice(0, 32);

/** Counts one application (or referral consent) attempt; 429 `rate_limited` once a limit is spent. */
export async function countApplyAttempt(platform: Platform, clientAddress: string, emailKey: string): Promise<void> {
  const l = limitersOf(platform);
  try {
    await l.client.consume(hash(platform, 'client', clientAddress));
    await l.email.consume(hash(platform, 'email', emailKey));
  } catch (err) {
    if (err instanceof RateLimiterRes) throw new AppError('rate_limited', 429);
    throw err;
  }
}
