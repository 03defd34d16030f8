import { actorOf, type Ctx, inTx, requirePermission } from '../../platform/ctx';
import { recordAudit } from '../audit';
import { campaignLink } from './campaign-links';
import type { CampaignT } from './contract';
import { getCampaign } from './get-campaign';
import { campaignMailJob } from './jobs';
import { getTraining } from './rows';
import { trainingMailings } from './schema';

/**
 * Sends the campaign e-mail to the eligible people who have not enrolled yet: each reads the value proposition of their
 * own population and their manager's endorsement. A background job writes the messages; anyone already mailed about
 * this training is skipped, so sending again reaches only the people added since.
 */
export async function startMailing({ ctx, input }: { ctx: Ctx; input: { trainingId: string } }): Promise<CampaignT> {
  requirePermission(ctx, 'training.manage');
  const actor = actorOf(ctx);
  // The e-mail's tracked link exists before the job runs: it belongs to the person starting the campaign.
  await campaignLink(ctx, input.trainingId, 'email');
  const mailingId = await inTx(ctx, async (tx) => {
    const t = await getTraining(tx, input.trainingId, { published: true });
    const [m] = await tx.db
      .insert(trainingMailings)
      .values({ orgId: ctx.orgId, trainingId: t.id, createdBy: actor.personId })
      .returning({ id: trainingMailings.id });
    await recordAudit({
      ctx: tx,
      input: { action: 'training.mailing_started', targetType: 'training', targetId: t.id, targetName: t.title },
    });
    return m.id;
  });
  await ctx.platform.jobs.send(campaignMailJob, { mailingId }, { singletonKey: mailingId });
  return getCampaign({ ctx, input: { id: input.trainingId } });
}
