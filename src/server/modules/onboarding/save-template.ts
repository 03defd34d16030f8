import { and, asc, eq } from 'drizzle-orm';
import { type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { notFound } from '../../platform/errors';
import { recordAudit } from '../audit';
import { checkSteps } from './check-steps';
import type { TemplateInputT } from './contract';
import { onboardingJourneys, onboardingSteps, onboardingTemplates } from './schema';
import { templatesWithSteps } from './templates';

type Tx = Parameters<Parameters<typeof inTx>[1]>[0];
type StepIn = TemplateInputT['steps'][number];

const stepsOf = (tx: Tx, templateId: string, version: number) =>
  tx.db
    .select()
    .from(onboardingSteps)
    .where(ofOrg(tx, onboardingSteps, and(eq(onboardingSteps.templateId, templateId), eq(onboardingSteps.version, version))))
    .orderBy(asc(onboardingSteps.position));

const sameSteps = (a: Awaited<ReturnType<typeof stepsOf>>, b: StepIn[]) =>
  a.length === b.length &&
  a.every(
    (s, i) =>
      s.offsetDays === b[i].offsetDays &&
      s.kind === b[i].kind &&
      s.titleIt === b[i].titleIt &&
      s.titleEn === b[i].titleEn &&
      s.refId === b[i].refId,
  );

/**
 * Creates (no id) or edits (id) a journey template. Editing the steps applies to new hires only: when a journey
 * already follows the current steps, the new steps become the next version and running journeys keep theirs (with
 * their progress and reminders); otherwise they are replaced in place. Renaming or changing the matching rules
 * touches no journey. The template row is locked, so two editors saving at once make two versions, not a mix.
 */
export async function saveTemplate({ ctx, input }: { ctx: Ctx; input: TemplateInputT & { id?: string } }) {
  requirePermission(ctx, 'onboarding.manage');
  const steps = await checkSteps(ctx, input.steps);
  return inTx(ctx, async (tx) => {
    const values = {
      name: input.name,
      nameEn: input.nameEn,
      departments: input.departments,
      sites: input.sites,
      locale: input.locale,
      active: input.active,
    };
    let templateId: string;
    let version = 1;
    if (input.id) {
      const [current] = await tx.db
        .select()
        .from(onboardingTemplates)
        .where(ofOrg(tx, onboardingTemplates, eq(onboardingTemplates.id, input.id)))
        .for('update');
      if (!current) throw notFound('template');
      templateId = current.id;
      version = current.version;
      if (!sameSteps(await stepsOf(tx, current.id, current.version), steps)) {
        const [followed] = await tx.db
          .select({ id: onboardingJourneys.id })
          .from(onboardingJourneys)
          .where(
            ofOrg(
              tx,
              onboardingJourneys,
              and(eq(onboardingJourneys.templateId, current.id), eq(onboardingJourneys.templateVersion, current.version)),
            ),
          )
          .limit(1);
        if (followed) version++;
        else
          await tx.db
            .delete(onboardingSteps)
            .where(
              ofOrg(tx, onboardingSteps, and(eq(onboardingSteps.templateId, current.id), eq(onboardingSteps.version, version))),
            );
        await insertSteps(tx, templateId, version, steps);
      }
      await tx.db
        .update(onboardingTemplates)
        .set({ ...values, version })
        .where(ofOrg(tx, onboardingTemplates, eq(onboardingTemplates.id, templateId)));
    } else {
      const [created] = await tx.db
        .insert(onboardingTemplates)
        .values({ orgId: ctx.orgId, ...values })
        .returning();
      templateId = created.id;
      await insertSteps(tx, templateId, version, steps);
    }
    await recordAudit({
      ctx: tx,
      input: {
        action: 'onboarding.template_saved',
        targetType: 'onboarding_template',
        targetId: templateId,
        targetName: input.name,
      },
    });
    const rows = await tx.db
      .select()
      .from(onboardingTemplates)
      .where(ofOrg(tx, onboardingTemplates, eq(onboardingTemplates.id, templateId)));
    return (await templatesWithSteps(tx, rows))[0];
  });
}

async function insertSteps(tx: Tx, templateId: string, version: number, steps: StepIn[]) {
  await tx.db
    .insert(onboardingSteps)
    .values(steps.map((s, position) => ({ ...s, orgId: tx.orgId, templateId, version, position })));
}
