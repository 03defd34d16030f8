import type { IncomingMessage } from 'node:http';
import { actorOf, type Ctx } from '../../platform/ctx';
import { requestVisitorHash } from '../links';
import { today } from './programme-rows';
import { sharerVisitors } from './schema';

/**
 * Remembers the visitor hash a member's own browser gets today (the same daily-salted hash as their clicks, never
 * an address), so clicks on their own links earn them no points. Best effort: without a socket there is nothing.
 */
export async function recordSharerVisitor(ctx: Ctx, req: IncomingMessage | undefined): Promise<void> {
  const visitorHash = await requestVisitorHash(ctx.platform, req);
  if (!visitorHash) return;
  await ctx.db
    .insert(sharerVisitors)
    .values({ orgId: ctx.orgId, personId: actorOf(ctx).personId, day: today(), visitorHash })
    .onConflictDoNothing();
}
