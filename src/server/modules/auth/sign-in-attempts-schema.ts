import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Sign-in attempt counters, kept by rate-limiter-flexible's Drizzle store (column names are the ones it expects).
 * In the database, not in memory, so every server process shares them. Keys are keyed hashes (HMAC): neither the
 * e-mail typed nor the client address is stored.
 */
export const signInAttempts = pgTable(
  'sign_in_attempts',
  {
    key: text('key').primaryKey(),
    points: integer('points').notNull().default(0),
    expire: timestamp('expire', { withTimezone: true }),
  },
  // The hourly auth.purge-expired job deletes rows whose window ended over an hour ago.
  (t) => [index('sign_in_attempts_expire').on(t.expire)],
);
