import { eq } from 'drizzle-orm';
import { type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { notFound } from '../../platform/errors';
import { recordAudit } from '../audit';
import { onboardingTemplates } from './schema';
import { templatesWithSteps } from './templates';

/**
 * Archives (active false) or restores a template. An archived template is given to no new hire; journeys already
 * following it carry on to the end, so HR can retire a journey without taking it from people half-way through.
 */
export async function setTemplateActive({ ctx, input }: { ctx: Ctx; input: { id: string; active: boolean } }) {
  requirePermission(ctx, 'onboarding.manage');
  return inTx(ctx, async (tx) => {
    const [row] = await tx.db
      .update(onboardingTemplates)
      .set({ active: input.active })
      .where(ofOrg(tx, onboardingTemplates, eq(onboardingTemplates.id, input.id)))
      .returning();
    if (!row) throw notFound('template');
    await recordAudit({
      ctx: tx,
      input: {
        action: input.active ? 'onboarding.template_restored' : 'onboarding.template_archived',
        targetType: 'onboarding_template',
        targetId: row.id,
        targetName: row.name,
      },
    });
    return (await templatesWithSteps(tx, [row]))[0];
  });
}
