import { type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import type { DbOrTx } from '../../platform/db/client';
import { recordAudit } from '../audit';
import type { SettingsT } from './contract';
import { type PointsLadder, recruitingSettings } from './schema';

/** The referral market's usual ladder; each organisation may change it. */
export const DEFAULT_POINTS: PointsLadder = { share: 5, application: 25, referral: 25, interview: 75, hire: 100 };
export const DEFAULT_RETENTION_MONTHS = 12;

export async function settingsOf(db: DbOrTx, orgId: string): Promise<SettingsT> {
  const [row] = await db.select().from(recruitingSettings).where(ofOrg({ orgId }, recruitingSettings));
  return {
    retentionMonths: row?.retentionMonths ?? DEFAULT_RETENTION_MONTHS,
    points: { ...DEFAULT_POINTS, ...row?.points },
  };
}

export async function getSettings({ ctx }: { ctx: Ctx }): Promise<SettingsT> {
  requirePermission(ctx, 'recruiting.manage');
  return settingsOf(ctx.db, ctx.orgId);
}

export async function saveSettings({ ctx, input }: { ctx: Ctx; input: SettingsT }): Promise<SettingsT> {
  requirePermission(ctx, 'recruiting.manage');
  const values = { retentionMonths: input.retentionMonths, points: input.points, updatedAt: new Date() };
  await ctx.db
    .insert(recruitingSettings)
    .values({ orgId: ctx.orgId, ...values })
    .onConflictDoUpdate({ target: recruitingSettings.orgId, set: values });
  await recordAudit({ ctx, input: { action: 'recruiting.settings_saved', targetType: 'organisation', targetId: ctx.orgId } });
  return settingsOf(ctx.db, ctx.orgId);
}
