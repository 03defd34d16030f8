import { eq } from 'drizzle-orm';
import { type Ctx, inTx, ofOrg, requirePermission, systemCtx } from '../../platform/ctx';
import { invalid } from '../../platform/errors';
import { recordAudit } from '../audit';
import { createPost } from '../content';
import type { CampaignT } from './contract';
import { getCampaign } from './get-campaign';
import { learnerRules } from './population';
import { getTraining, propositionsOf } from './rows';
import { trainings } from './schema';

/**
 * A public-facing training (it has a public page) can be promoted by employees on their own networks: this prepares
 * a draft in the content hub, pointing at the public page, with one suggested caption per value proposition. The
 * communications editors review and publish it as any other post (sharing, tracked links and statistics follow).
 */
export async function createAdvocacyPost({ ctx, input }: { ctx: Ctx; input: { trainingId: string } }): Promise<CampaignT> {
  requirePermission(ctx, 'training.manage');
  await inTx(ctx, async (tx) => {
    const t = await getTraining(tx, input.trainingId, { lock: true });
    if (!t.publicUrl) throw invalid('training.not_public');
    if (t.advocacyPostId) return;
    const props = learnerRules((await propositionsOf(tx, [t.id])).get(t.id) ?? []);
    // Drafted on L&D's behalf: the editors, who may publish, decide what goes out.
    const post = await createPost({
      ctx: { ...systemCtx(ctx.platform, ctx.orgId, ctx.locale), db: tx.db },
      input: {
        texts: { it: { title: t.title, body: t.description } },
        url: t.publicUrl,
        topics: ['formazione'],
        language: 'all',
        captions: props
          .slice(0, 10)
          .map((p) => ({ locale: 'it' as const, network: 'any' as const, text: `${p.benefits} ${p.outcome}`.slice(0, 3000) })),
        targeting: { all: true, departments: [], sites: [], personIds: [] },
      },
    });
    await tx.db
      .update(trainings)
      .set({ advocacyPostId: post.id })
      .where(ofOrg(tx, trainings, eq(trainings.id, t.id)));
    await recordAudit({
      ctx: tx,
      input: {
        action: 'training.advocacy_post_drafted',
        targetType: 'training',
        targetId: t.id,
        targetName: t.title,
        data: { postId: post.id },
      },
    });
  });
  return getCampaign({ ctx, input: { id: input.trainingId } });
}
