import crypto from 'node:crypto';
import { RateLimiterDrizzle, RateLimiterRes } from 'rate-limiter-flexible';
import type { SignInLimits } from '../../platform/config';
import { AppError } from '../../platform/errors';
import type { Platform } from '../../platform/platform';
import { signInAttempts } from './sign-in-attempts-schema';

/**
 * The design of rate-limiter-flexible's "brute-force protection" example, with every attempt counted BEFORE the
 * password is checked (an atomic upsert in the database), so parallel requests cannot all slip under the limit.
 */
const DEFAULTS: SignInLimits = {
  // A person who mistypes ten times in a row is rare; a guesser from one address gets 10 tries per account every
  // 15 minutes. The pair lock does not affect the same person on another network (their phone, home, office).
  perAccountAndClient: 10,
  // Password spraying from one address (a few guesses on many accounts). 100 failures a day stays far above what a
  // company's shared office address produces from typos (sessions last 14 days; successes do not count).
  perClient: 100,
  // Three times the daily budget of one address: one attacker on one address can never lock a person out from
  // their own network; an attack spread over several addresses is bounded, and locks the account for the day.
  perAccount: 300,
};

const PAIR_WINDOW = 15 * 60;
const DAY = 24 * 60 * 60;

type Limiters = { pair: RateLimiterDrizzle; client: RateLimiterDrizzle; account: RateLimiterDrizzle };

// One set per platform (per process in production; tests build several platforms). The counts live in the database.
const limiters = new WeakMap<Platform, Limiters>();

function limitersOf(platform: Platform): Limiters {
  let l = limiters.get(platform);
  if (!l) {
    const n = { ...DEFAULTS, ...platform.config.signInLimits };
    const store = (keyPrefix: string, points: number, duration: number) =>
      new RateLimiterDrizzle({
        storeClient: platform.db,
        schema: signInAttempts,
        keyPrefix,
        points,
        duration,
        // Old rows are deleted by the hourly auth.purge-expired job, not by a timer in every process.
        clearExpiredByTimeout: false,
      });
    l = {
      pair: store('pair', n.perAccountAndClient, PAIR_WINDOW),
      client: store('client', n.perClient, DAY),
      account: store('account', n.perAccount, DAY),
    };
    limiters.set(platform, l);
  }
  return l;
}

export type AttemptKeys = { pair: string; client: string; account: string };

/**
 * Keyed hashes (HMAC with the platform secret) of the account and the client address: the counters identify them
 * without storing either, and nobody without the secret can test a guess against the table.
 */
export function attemptKeys(platform: Platform, email: string, clientAddress: string): AttemptKeys {
  const hash = (label: string, value: string) =>
    crypto.createHmac('sha256', platform.config.secret).update(`sign-in ${label}\n${value}`).digest('base64url').slice(0, 32);
  const account = email.trim().toLowerCase();
  return {
    pair: hash('pair', `${account}\n${clientAddress}`),
    client: hash('client', clientAddress),
    account: hash('account', account),
  };
}

/**
 * Counts one attempt, before any password check; 429 `rate_limited` once a limit is spent. Known and unknown
 * accounts are counted alike, so the answers tell nothing about which e-mails have a login. In order: an attempt the
 * pair lock refuses is not also held against the address or the account.
 */
export async function countAttempt(platform: Platform, keys: AttemptKeys): Promise<void> {
  const l = limitersOf(platform);
  try {
    await l.pair.consume(keys.pair);
    await l.client.consume(keys.client);
    await l.account.consume(keys.account);
  } catch (err) {
    if (err instanceof RateLimiterRes) throw new AppError('rate_limited', 429);
    throw err; // the database failed: refuse (500) rather than sign in unlimited
  }
}

/** After a successful sign-in: the pair starts over, and the attempt is not held against the address or account. */
export async function forgiveAttempt(platform: Platform, keys: AttemptKeys): Promise<void> {
  const l = limitersOf(platform);
  await l.pair.delete(keys.pair);
  await l.client.reward(keys.client);
  await l.account.reward(keys.account);
}
