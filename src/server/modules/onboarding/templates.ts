import { asc, count, inArray } from 'drizzle-orm';
import { type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import type { TemplateT } from './contract';
import { onboardingJourneys, onboardingSteps, onboardingTemplates } from './schema';

type TemplateRow = typeof onboardingTemplates.$inferSelect;

/** Templates as the editor sees them: the steps of their current version, and how many journeys follow them. */
export async function templatesWithSteps(ctx: Ctx, rows: TemplateRow[]): Promise<TemplateT[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [steps, journeys] = await Promise.all([
    ctx.db
      .select()
      .from(onboardingSteps)
      .where(ofOrg(ctx, onboardingSteps, inArray(onboardingSteps.templateId, ids)))
      .orderBy(asc(onboardingSteps.position)),
    ctx.db
      .select({ templateId: onboardingJourneys.templateId, n: count() })
      .from(onboardingJourneys)
      .where(ofOrg(ctx, onboardingJourneys, inArray(onboardingJourneys.templateId, ids)))
      .groupBy(onboardingJourneys.templateId),
  ]);
  return rows.map((t) => ({
    id: t.id,
    name: t.name,
    nameEn: t.nameEn,
    departments: t.departments,
    sites: t.sites,
    locale: t.locale,
    active: t.active,
    version: t.version,
    journeys: journeys.find((j) => j.templateId === t.id)?.n ?? 0,
    steps: steps
      .filter((s) => s.templateId === t.id && s.version === t.version)
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
