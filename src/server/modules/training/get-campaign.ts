import { and, desc, eq } from 'drizzle-orm';
import { type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import { ensureLink } from '../links';
import { campaignNetworks } from './campaign-links';
import { channelStats } from './channel-stats';
import type { CampaignT } from './contract';
import { trainingUrl } from './mail';
import { getTraining } from './rows';
import { trainingMailings, trainingPosters } from './schema';

/** The campaign of one training: each channel's figures, its tracked links, the mailings and the posters printed. */
export async function getCampaign({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<CampaignT> {
  requirePermission(ctx, 'training.manage');
  const t = await getTraining(ctx, input.id);
  const [stats, mailings, posters] = await Promise.all([
    channelStats(ctx, [t.id]),
    ctx.db
      .select()
      .from(trainingMailings)
      .where(ofOrg(ctx, trainingMailings, eq(trainingMailings.trainingId, t.id)))
      .orderBy(desc(trainingMailings.createdAt))
      .limit(10),
    ctx.db
      .select({ place: trainingPosters.place, at: trainingPosters.createdAt })
      .from(trainingPosters)
      .where(ofOrg(ctx, trainingPosters, and(eq(trainingPosters.trainingId, t.id))))
      .orderBy(desc(trainingPosters.createdAt))
      .limit(20),
  ]);
  // The links exist once a poster was printed or a mailing started; reading them never creates one.
  const linkOf = async (channel: 'poster' | 'email') => {
    if (!t.campaignPostId || !t.campaignOwnerId) return null;
    const link = await ensureLink({
      ctx,
      input: {
        postId: t.campaignPostId,
        personId: t.campaignOwnerId,
        network: campaignNetworks[channel],
        destination: trainingUrl(ctx, t.id, channel),
        department: null,
        site: null,
      },
    });
    return link.url;
  };
  return {
    channels: stats,
    links: {
      poster: posters.length ? await linkOf('poster') : null,
      email: mailings.length ? await linkOf('email') : null,
    },
    mailings: mailings.map((m) => ({
      id: m.id,
      status: m.status,
      sent: m.sent,
      failure: m.failure,
      at: m.createdAt.toISOString(),
    })),
    posters: posters.map((p) => ({ place: p.place, at: p.at.toISOString() })),
    advocacyPostId: t.advocacyPostId,
    publicFacing: !!t.publicUrl,
  };
}
