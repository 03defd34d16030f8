import type { IncomingMessage } from 'node:http';
import { and, eq, lt } from 'drizzle-orm';
import type { Context } from 'hono';
import { actorOf, type Ctx, ofOrg } from '../../platform/ctx';
import type { DbOrTx } from '../../platform/db/client';
import type { AppEnv } from '../../platform/http/types';
import { requestVisitorHash } from '../links';
import { referrerVisitors } from './schema';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Remembers the visitor hash the employee's own browser gets today (the links module's daily-salted hash, never an
 * address) when they open the jobs to share or refer. Best effort: without a socket (in-process calls) nothing.
 */
export async function recordReferrerVisitor(ctx: Ctx, req: IncomingMessage | undefined, hash?: string): Promise<void> {
  const visitorHash = hash ?? (await requestVisitorHash(ctx.platform, req));
  if (!visitorHash) return;
  await ctx.db
    .insert(referrerVisitors)
    .values({ orgId: ctx.orgId, personId: actorOf(ctx).personId, day: today(), visitorHash })
    .onConflictDoNothing();
}

/** The applicant's browser hash of today, as the redirect gave it when they followed the link. */
export async function applicantVisitorHash(c: Context<AppEnv>): Promise<string | undefined> {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  // In-process requests (tests) may carry a socket without headers: read as no user agent.
  const req = incoming && !incoming.headers ? ({ ...incoming, headers: {} } as IncomingMessage) : incoming;
  return requestVisitorHash(c.get('platform'), req);
}

/** Whether an applicant's browser is the referrer's own today (the hash changes daily, so only today's can match). */
export async function isReferrersOwnBrowser(ctx: Ctx, referrerId: string, visitorHash: string | undefined): Promise<boolean> {
  if (!visitorHash) return false;
  const [row] = await ctx.db
    .select({ personId: referrerVisitors.personId })
    .from(referrerVisitors)
    .where(
      ofOrg(
        ctx,
        referrerVisitors,
        and(
          eq(referrerVisitors.personId, referrerId),
          eq(referrerVisitors.day, today()),
          eq(referrerVisitors.visitorHash, visitorHash),
        ),
      ),
    );
  return !!row;
}

/** Hashes older than a week are useless (the salt changed) and are dropped. */
export async function forgetReferrerVisitors(db: DbOrTx): Promise<void> {
  const weekAgo = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
  await db.delete(referrerVisitors).where(lt(referrerVisitors.day, weekAgo));
}
