import crypto from 'node:crypto';
import { and, eq, gte, isNull, lt, or, sql } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { peopleImports } from './schema';

/**
 * An import is applied at most once at a time, whatever pg-boss does (a job sent twice, a retry while the first
 * attempt still runs, two processes): a worker claims the row with a conditional update and a token, and every batch
 * first renews the claim under the row lock. A worker that lost the claim (its lease ran out and another took over)
 * fails that check and rolls its batch back. Applying is at-least-once per batch and idempotent (the cursor moves in
 * the batch's transaction; people are matched by e-mail), so a crash costs at most a batch done again.
 */

export const MAX_IMPORT_ATTEMPTS = 3;
/** Far longer than a batch of 500 rows takes: only a dead (or stuck) worker lets it run out. */
const LEASE = sql`now() + interval '5 minutes'`;

const open = (ctx: Pick<Ctx, 'orgId'>, id: string) => ofOrg(ctx, peopleImports, eq(peopleImports.id, id));
/** Running, but nobody holds it: its worker released it after an error, or died and the lease ran out. */
export const abandoned = and(
  eq(peopleImports.status, 'running'),
  or(isNull(peopleImports.leaseUntil), lt(peopleImports.leaseUntil, sql`now()`)),
);

export class ClaimLost extends Error {
  constructor() {
    super('import claimed by another worker');
  }
}

/** This worker's claim on a queued or abandoned import with attempts left; null when there is nothing to claim. */
export async function claimImport(ctx: Ctx, id: string) {
  const token = crypto.randomUUID();
  const [imp] = await ctx.db
    .update(peopleImports)
    .set({ status: 'running', claim: token, leaseUntil: LEASE, attempts: sql`${peopleImports.attempts} + 1` })
    .where(and(open(ctx, id), or(eq(peopleImports.status, 'queued'), abandoned), lt(peopleImports.attempts, MAX_IMPORT_ATTEMPTS)))
    .returning();
  return imp ? { imp, token } : null;
}

/** First statement of every batch: renews the lease and locks the row until the batch commits, or throws ClaimLost. */
export async function holdClaim(tx: Ctx, id: string, token: string): Promise<void> {
  const [held] = await tx.db
    .update(peopleImports)
    .set({ leaseUntil: LEASE })
    .where(and(open(tx, id), eq(peopleImports.status, 'running'), eq(peopleImports.claim, token)))
    .returning({ id: peopleImports.id });
  if (!held) throw new ClaimLost();
}

/** After an error worth retrying: the next attempt (pg-boss's retry or the sweep's) may claim it at once. */
export async function releaseClaim(ctx: Ctx, id: string, token: string): Promise<void> {
  await ctx.db
    .update(peopleImports)
    .set({ leaseUntil: null })
    .where(and(open(ctx, id), eq(peopleImports.claim, token)));
}

/** The "no attempts left" condition of an abandoned import (the sweep and a late job both use it). */
export const outOfAttempts = and(abandoned, gte(peopleImports.attempts, MAX_IMPORT_ATTEMPTS));
