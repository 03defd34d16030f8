import { eq } from 'drizzle-orm';
import { type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import type { Tx } from '../../platform/db/client';
import { conflict } from '../../platform/errors';
import { recordAudit } from '../audit';
import type { SurveyInputT, SurveyT } from './contract';
import { findSurvey, surveyView } from './load-survey';
import { surveyQuestions, surveys, surveyTargets } from './schema';
import { validateSurvey } from './validate-survey';

type TxCtx = Ctx & { db: Tx };

async function writeChildren(ctx: TxCtx, surveyId: string, input: SurveyInputT) {
  await ctx.db.delete(surveyTargets).where(ofOrg(ctx, surveyTargets, eq(surveyTargets.surveyId, surveyId)));
  await ctx.db.delete(surveyQuestions).where(ofOrg(ctx, surveyQuestions, eq(surveyQuestions.surveyId, surveyId)));
  const t = input.targeting;
  const targets = t.all
    ? []
    : [
        ...t.departments.map((value) => ({ kind: 'department' as const, value })),
        ...t.sites.map((value) => ({ kind: 'site' as const, value })),
        ...t.jobFamilies.map((value) => ({ kind: 'jobFamily' as const, value })),
      ];
  if (targets.length) await ctx.db.insert(surveyTargets).values(targets.map((x) => ({ ...x, orgId: ctx.orgId, surveyId })));
  await ctx.db.insert(surveyQuestions).values(
    input.questions.map((q, position) => ({
      orgId: ctx.orgId,
      surveyId,
      position,
      kind: q.kind,
      textIt: q.textIt,
      textEn: q.textEn,
      choices: q.choices,
      required: q.required,
    })),
  );
}

const fields = (input: SurveyInputT) => ({
  kind: input.kind,
  titleIt: input.titleIt,
  titleEn: input.titleEn,
  introIt: input.introIt,
  introEn: input.introEn,
  anonymous: input.anonymous,
  recurrence: input.recurrence,
  targetAll: input.targeting.all,
  newHireDays: input.targeting.newHireDays,
  remindAfterDays: input.remindAfterDays,
  closesAt: input.closesAt ? new Date(input.closesAt) : null,
});

/** A new survey or pulse, as a draft: nobody sees it until it is published. */
export async function createSurvey({ ctx, input }: { ctx: Ctx; input: SurveyInputT }): Promise<SurveyT> {
  requirePermission(ctx, 'surveys.manage');
  validateSurvey(input);
  return inTx(ctx, async (tx) => {
    const [row] = await tx.db
      .insert(surveys)
      .values({ orgId: ctx.orgId, ...fields(input), createdBy: ctx.actor?.personId ?? null })
      .returning();
    await writeChildren(tx, row.id, input);
    await recordAudit({
      ctx: tx,
      input: { action: 'survey.created', targetType: 'survey', targetId: row.id, targetName: row.titleIt || row.titleEn },
    });
    return surveyView(tx, row);
  });
}

/** Changes a draft; once published, questions and anonymity are fixed (respondents were told). */
export async function updateSurvey({ ctx, input }: { ctx: Ctx; input: SurveyInputT & { id: string } }): Promise<SurveyT> {
  requirePermission(ctx, 'surveys.manage');
  validateSurvey(input);
  return inTx(ctx, async (tx) => {
    const s = await findSurvey(tx, input.id, true);
    if (s.status !== 'draft') throw conflict('surveys.not_draft');
    const [row] = await tx.db
      .update(surveys)
      .set(fields(input))
      .where(ofOrg(tx, surveys, eq(surveys.id, s.id)))
      .returning();
    await writeChildren(tx, s.id, input);
    return surveyView(tx, row);
  });
}
