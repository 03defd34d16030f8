import { asc, eq, inArray } from 'drizzle-orm';
import { type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { invalid, notFound } from '../../platform/errors';
import { recordAudit } from '../audit';
import type { TemplateInputT } from './contract';
import { onboardingSteps, onboardingTemplates } from './schema';

type TemplateRow = typeof onboardingTemplates.$inferSelect;

export async function templatesWithSteps(ctx: Ctx, rows: TemplateRow[]) {
  const steps = rows.length
    ? await ctx.db
        .select()
        .from(onboardingSteps)
        .where(
          ofOrg(
            ctx,
            onboardingSteps,
            inArray(
              onboardingSteps.templateId,
              rows.map((r) => r.id),
            ),
          ),
        )
        .orderBy(asc(onboardingSteps.position))
    : [];
  return rows.map((t) => ({
    id: t.id,
    name: t.name,
    departments: t.departments,
    sites: t.sites,
    locale: t.locale,
    active: t.active,
    steps: steps
      .filter((s) => s.templateId === t.id)
      .map((s) => ({ id: s.id, offsetDays: s.offsetDays, kind: s.kind, titleIt: s.titleIt, titleEn: s.titleEn, refId: s.refId })),
  }));
}

export async function listTemplates({ ctx }: { ctx: Ctx; input?: undefined }) {
  requirePermission(ctx, 'onboarding.manage');
  const rows = await ctx.db
    .select()
    .from(onboardingTemplates)
    .where(ofOrg(ctx, onboardingTemplates))
    .orderBy(asc(onboardingTemplates.createdAt));
  return { items: await templatesWithSteps(ctx, rows) };
}

const NEEDS_REF = new Set(['read_post', 'acknowledge', 'pulse']);

/**
 * Creates (no id) or replaces (id) a journey template. Steps that point somewhere (a post to read or acknowledge, a
 * pulse to answer) need their target; journeys already running keep their progress on unchanged steps only.
 */
export async function saveTemplate({ ctx, input }: { ctx: Ctx; input: TemplateInputT & { id?: string } }) {
  requirePermission(ctx, 'onboarding.manage');
  input.steps.forEach((s, i) => {
    if (NEEDS_REF.has(s.kind) && !s.refId) throw invalid('onboarding.step_needs_target', { position: i + 1 });
    if (!s.titleIt && !s.titleEn) throw invalid('onboarding.step_title_required', { position: i + 1 });
  });
  return inTx(ctx, async (tx) => {
    const values = {
      name: input.name,
      departments: input.departments,
      sites: input.sites,
      locale: input.locale,
      active: input.active,
    };
    let row: TemplateRow;
    if (input.id) {
      const [updated] = await tx.db
        .update(onboardingTemplates)
        .set(values)
        .where(ofOrg(tx, onboardingTemplates, eq(onboardingTemplates.id, input.id)))
        .returning();
      if (!updated) throw notFound('template');
      row = updated;
      await tx.db.delete(onboardingSteps).where(ofOrg(tx, onboardingSteps, eq(onboardingSteps.templateId, row.id)));
    } else
      [row] = await tx.db
        .insert(onboardingTemplates)
        .values({ orgId: ctx.orgId, ...values })
        .returning();
    await tx.db
      .insert(onboardingSteps)
      .values(input.steps.map((s, position) => ({ ...s, orgId: ctx.orgId, templateId: row.id, position })));
    await recordAudit({
      ctx: tx,
      input: { action: 'onboarding.template_saved', targetType: 'onboarding_template', targetId: row.id, targetName: row.name },
    });
    return (await templatesWithSteps(tx, [row]))[0];
  });
}
