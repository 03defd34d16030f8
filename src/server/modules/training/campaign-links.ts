import { eq } from 'drizzle-orm';
import { type Ctx, inTx, ofOrg, systemCtx } from '../../platform/ctx';
import { conflict } from '../../platform/errors';
import { archivePost, createPost } from '../content';
import { ensureLink } from '../links';
import { listOrgPeople } from '../people';
import { trainingUrl } from './mail';
import { getTraining, type TrainingRow } from './rows';
import { trainings } from './schema';

/** The networks of the campaign's tracked links (shown as such in the links' reports). */
export const campaignNetworks = { poster: 'poster', email: 'mailing' } as const;
export type CampaignChannel = keyof typeof campaignNetworks;

/**
 * Tracked links belong to a post (the links module counts clicks per post, network and person). A training's
 * campaign gets one carrier post, created once, archived at once so it never reaches a feed or the editors' drafts,
 * and owned by the L&D person who started the campaign. Created under the training's row lock: two people printing
 * a poster at the same moment share one carrier.
 */
async function carrierOf(ctx: Ctx, trainingId: string): Promise<TrainingRow> {
  return inTx(ctx, async (tx) => {
    const t = await getTraining(tx, trainingId, { lock: true });
    if (t.campaignPostId && t.campaignOwnerId) return t;
    // The links are the L&D person's who starts the campaign (a job carries on with whoever started it).
    const owner = ctx.actor?.personId ?? t.campaignOwnerId ?? t.createdBy;
    if (!owner) throw conflict('training.no_campaign_owner');
    const system = { ...systemCtx(ctx.platform, ctx.orgId, ctx.locale), db: tx.db };
    const post = await createPost({
      ctx: system,
      input: {
        texts: {
          it: { title: `Formazione: ${t.title}`, body: t.description },
          en: { title: `Training: ${t.title}`, body: t.description },
        },
        url: trainingUrl(ctx, t.id),
        topics: [],
        language: 'all',
        captions: [],
        targeting: { all: true, departments: [], sites: [], personIds: [] },
      },
    });
    await archivePost({ ctx: system, input: { id: post.id } });
    const [updated] = await tx.db
      .update(trainings)
      .set({ campaignPostId: post.id, campaignOwnerId: owner })
      .where(ofOrg(tx, trainings, eq(trainings.id, t.id)))
      .returning();
    return updated;
  });
}

/** The campaign's tracked link for a channel (created once; the same for every poster or e-mail of the training). */
export async function campaignLink(ctx: Ctx, trainingId: string, channel: CampaignChannel): Promise<string> {
  const t = await carrierOf(ctx, trainingId);
  const [owner] = await listOrgPeople(ctx, { ids: [t.campaignOwnerId as string] });
  const link = await ensureLink({
    ctx,
    input: {
      postId: t.campaignPostId as string,
      personId: t.campaignOwnerId as string,
      network: campaignNetworks[channel],
      destination: trainingUrl(ctx, t.id, channel),
      department: owner?.department ?? null,
      site: owner?.site ?? null,
    },
  });
  return link.url;
}
