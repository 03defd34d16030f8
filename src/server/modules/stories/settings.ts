import { type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import { isProgrammeMember } from '../ambassadors';
import { recordAudit } from '../audit';
import { type SubmitterRule, storySettings } from './schema';

/** The organisation's story settings (defaults when never saved). */
export async function getStorySettings({ ctx }: { ctx: Ctx }): Promise<{ submitters: SubmitterRule }> {
  const [row] = await ctx.db.select().from(storySettings).where(ofOrg(ctx, storySettings));
  return { submitters: row?.submitters ?? 'everyone' };
}

export async function saveStorySettings({ ctx, input }: { ctx: Ctx; input: { submitters: SubmitterRule } }) {
  requirePermission(ctx, 'org.settings');
  await ctx.db
    .insert(storySettings)
    .values({ orgId: ctx.orgId, submitters: input.submitters })
    .onConflictDoUpdate({ target: storySettings.orgId, set: { submitters: input.submitters, updatedAt: new Date() } });
  await recordAudit({
    ctx,
    input: { action: 'story.settings_saved', targetType: 'organisation', targetId: ctx.orgId, data: input },
  });
  return getStorySettings({ ctx });
}

/** Whether this person may submit stories under the organisation's rule. */
export async function maySubmit(ctx: Ctx, personId: string): Promise<boolean> {
  const { submitters } = await getStorySettings({ ctx });
  return submitters === 'everyone' || isProgrammeMember(ctx, personId);
}
