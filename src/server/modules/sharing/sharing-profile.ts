import { eq } from 'drizzle-orm';
import { actorOf, type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import type { SharingProfileT } from './contract';
import { sharerProfiles } from './schema';

/** My advocacy settings; defaults (in rankings, no audience known) until I save them. */
export async function getSharingProfile({ ctx }: { ctx: Ctx; input?: undefined }): Promise<SharingProfileT> {
  requirePermission(ctx, 'share');
  const [row] = await ctx.db
    .select()
    .from(sharerProfiles)
    .where(ofOrg(ctx, sharerProfiles, eq(sharerProfiles.personId, actorOf(ctx).personId)));
  return { rankingOptOut: row?.rankingOptOut ?? false, audience: row?.audience ?? {} };
}

/** Saves my ranking choice and audience sizes (used for the estimated reach of my next shares). */
export async function updateSharingProfile({ ctx, input }: { ctx: Ctx; input: SharingProfileT }): Promise<SharingProfileT> {
  requirePermission(ctx, 'share');
  const values = { rankingOptOut: input.rankingOptOut, audience: input.audience, updatedAt: new Date() };
  await ctx.db
    .insert(sharerProfiles)
    .values({ orgId: ctx.orgId, personId: actorOf(ctx).personId, ...values })
    .onConflictDoUpdate({ target: [sharerProfiles.orgId, sharerProfiles.personId], set: values });
  return getSharingProfile({ ctx });
}
