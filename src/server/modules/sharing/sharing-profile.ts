import { eq } from 'drizzle-orm';
import { actorOf, type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { findReader, setMyContentLanguages } from '../people';
import type { SharingProfileBodyT, SharingProfileT } from './contract';
import { sharerProfiles } from './schema';

/** My advocacy settings; defaults (in rankings, no audience known) until I save them. */
export async function getSharingProfile({ ctx }: { ctx: Ctx; input?: undefined }): Promise<SharingProfileT> {
  requirePermission(ctx, 'share');
  const personId = actorOf(ctx).personId;
  const [[row], reader] = await Promise.all([
    ctx.db
      .select()
      .from(sharerProfiles)
      .where(ofOrg(ctx, sharerProfiles, eq(sharerProfiles.personId, personId))),
    findReader(ctx, personId),
  ]);
  return {
    contentLanguages: reader?.contentLanguages ?? [],
    rankingOptOut: row?.rankingOptOut ?? false,
    audience: row?.audience ?? {},
  };
}

/**
 * Saves my ranking choice, audience sizes (used for the estimated reach of my next shares) and, when sent, the
 * languages I read posts in (kept on my person: content targeting reads them there).
 */
export async function updateSharingProfile({ ctx, input }: { ctx: Ctx; input: SharingProfileBodyT }): Promise<SharingProfileT> {
  requirePermission(ctx, 'share');
  const personId = actorOf(ctx).personId;
  const values = { rankingOptOut: input.rankingOptOut, audience: input.audience, updatedAt: new Date() };
  await inTx(ctx, async (tx) => {
    await tx.db
      .insert(sharerProfiles)
      .values({ orgId: ctx.orgId, personId, ...values })
      .onConflictDoUpdate({ target: [sharerProfiles.orgId, sharerProfiles.personId], set: values });
    if (input.contentLanguages) await setMyContentLanguages(tx, personId, input.contentLanguages);
  });
  return getSharingProfile({ ctx });
}
