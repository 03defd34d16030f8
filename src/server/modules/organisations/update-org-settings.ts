import { eq } from 'drizzle-orm';
import { type Ctx, inTx, requirePermission } from '../../platform/ctx';
import { notFound } from '../../platform/errors';
import { recordAudit } from '../audit';
import type { OrgSettingsPatchT, OrgSettingsT } from './contract';
import { DEFAULT_SETTINGS, getOrgSettings } from './get-org-settings';
import { type OrganisationSettings, organisations } from './schema';

/** Admins change the sharing rules and EMV rates; every change is audited with its old and new value. */
export async function updateOrgSettings({ ctx, input }: { ctx: Ctx; input: OrgSettingsPatchT }): Promise<OrgSettingsT> {
  requirePermission(ctx, 'org.settings');
  return inTx(ctx, async (tx) => {
    // The organisations row is the tenant itself: filtered by its id, which is the caller's orgId.
    const [org] = await tx.db.select().from(organisations).where(eq(organisations.id, ctx.orgId)).for('update');
    if (!org) throw notFound();
    const { name, ...rest } = input;
    const next: OrganisationSettings = { ...org.settings };
    if (rest.disclosure !== undefined) next.disclosure = rest.disclosure || undefined;
    if (rest.blockedWords !== undefined) next.blockedWords = [...new Set(rest.blockedWords.map((w) => w.toLowerCase()))];
    if (rest.approvalRequired !== undefined) next.approvalRequired = rest.approvalRequired;
    if (rest.costPerClick !== undefined) next.costPerClick = rest.costPerClick;
    if (rest.cpm !== undefined) next.cpm = rest.cpm;
    if (rest.anonymityThreshold !== undefined) next.anonymityThreshold = rest.anonymityThreshold;
    if (rest.timeZone !== undefined) next.timeZone = rest.timeZone;
    await tx.db
      .update(organisations)
      .set({ settings: next, ...(name !== undefined ? { name } : {}) })
      .where(eq(organisations.id, ctx.orgId));
    // Values in force, defaults included: the audit log then says "€0.80 → €1.20", not "(not set) → €1.20".
    const before: Record<string, unknown> = { name: org.name, ...DEFAULT_SETTINGS, ...org.settings };
    const after: Record<string, unknown> = { name: name ?? org.name, ...DEFAULT_SETTINGS, ...next };
    const changed = Object.keys(input).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
    if (changed.length > 0) {
      const data = Object.fromEntries(changed.map((k) => [k, { from: before[k] ?? null, to: after[k] ?? null }]));
      const target = { targetType: 'organisation', targetId: ctx.orgId, targetName: String(after.name) };
      await recordAudit({ ctx: tx, input: { action: 'organisation.settings_updated', ...target, data } });
    }
    const s = await getOrgSettings({ ctx: tx });
    return { ...s, disclosure: s.disclosure ?? null };
  });
}
