import { eq } from 'drizzle-orm';
import { actorOf, type Ctx, ofOrg } from '../../platform/ctx';
import type { ShareNetwork } from './networks';
import { shares } from './schema';

/** Networks I shared each post to: one small query (post id and network only). */
export async function mySharedNetworks(ctx: Ctx, postId?: string): Promise<Map<string, ShareNetwork[]>> {
  const rows = await ctx.db
    .selectDistinct({ postId: shares.postId, network: shares.network })
    .from(shares)
    .where(ofOrg(ctx, shares, eq(shares.personId, actorOf(ctx).personId), postId ? eq(shares.postId, postId) : undefined));
  const out = new Map<string, ShareNetwork[]>();
  for (const r of rows) out.set(r.postId, [...(out.get(r.postId) ?? []), r.network as ShareNetwork]);
  return out;
}
