import { lt, or, type SQL, sql } from 'drizzle-orm';
import type { Platform } from '../../platform/platform';
import {
  daysAgo,
  deleteDue,
  type PurgeLimits,
  type PurgeResult,
  type PurgeStep,
  purgeInBatches,
  retentionDays,
} from '../../platform/retention';
import { invitations, session, verification } from './schema';
import { signInAttempts } from './sign-in-attempts-schema';

/** Sign-in sessions past their expiry: better-auth refuses them already, the row is only a leftover. */
export const expiredSessionsStep = deleteDue(session, session.id, lt(session.expiresAt, sql`now()`));

/** better-auth's one-time values (password-reset tokens) past their expiry. */
export const expiredVerificationsStep = deleteDue(verification, verification.id, lt(verification.expiresAt, sql`now()`));

/**
 * Invitations used or expired more than `days` ago. Until then their link answers "already used" / "expired" rather
 * than "unknown", and an acceptance that fails half-way can still give its link back.
 */
export function oldInvitationsDue(days: number): SQL {
  return or(lt(invitations.expiresAt, daysAgo(days)), lt(invitations.acceptedAt, daysAgo(days))) as SQL;
}

/**
 * Sign-in attempt counters whose window ended over an hour ago (what rate-limiter-flexible's own timer deleted; a job
 * does it once for all processes, and no timer outlives a closed database).
 */
export const oldSignInAttemptsStep = deleteDue(
  signInAttempts,
  signInAttempts.key,
  lt(signInAttempts.expire, sql`now() - interval '1 hour'`),
);

export const oldInvitationsStep = (days: number) => deleteDue(invitations, invitations.id, oldInvitationsDue(days));

/** The purges of expired access; one failing does not stop the others (the first error is thrown at the end). */
export async function purgeExpiredAccess(platform: Platform, limits?: PurgeLimits): Promise<Record<string, PurgeResult>> {
  const steps: [string, PurgeStep][] = [
    ['auth.sessions', expiredSessionsStep],
    ['auth.verifications', expiredVerificationsStep],
    ['auth.invitations', oldInvitationsStep(retentionDays(platform.config).tokens)],
    ['auth.sign-in-attempts', oldSignInAttemptsStep],
  ];
  const results: Record<string, PurgeResult> = {};
  let failure: unknown;
  for (const [name, step] of steps) {
    try {
      results[name] = await purgeInBatches(platform, name, step, limits);
    } catch (err) {
      failure ??= err;
    }
  }
  if (failure) throw failure;
  return results;
}
