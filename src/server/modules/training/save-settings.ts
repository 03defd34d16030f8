import { type Ctx, inTx, requirePermission } from '../../platform/ctx';
import { recordAudit } from '../audit';
import type { SettingsBodyT, SettingsT } from './contract';
import { getTrainingSettings } from './get-settings';
import { trainingSettings } from './schema';

export async function readSettings({ ctx }: { ctx: Ctx }): Promise<SettingsT> {
  requirePermission(ctx, 'training.manage');
  return getTrainingSettings(ctx);
}

/** The training currency and the benchmark the dashboard compares against (old and new values audited). */
export async function saveSettings({ ctx, input }: { ctx: Ctx; input: SettingsBodyT }): Promise<SettingsT> {
  requirePermission(ctx, 'training.manage');
  return inTx(ctx, async (tx) => {
    const before = await getTrainingSettings(tx);
    await tx.db
      .insert(trainingSettings)
      .values({ orgId: ctx.orgId, ...input })
      .onConflictDoUpdate({ target: trainingSettings.orgId, set: { ...input, updatedAt: new Date() } });
    await recordAudit({ ctx: tx, input: { action: 'training.settings_changed', data: { before, after: input } } });
    return getTrainingSettings(tx);
  });
}
