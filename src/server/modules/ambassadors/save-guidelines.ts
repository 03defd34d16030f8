import { and, eq, inArray } from 'drizzle-orm';
import { type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { conflict } from '../../platform/errors';
import { recordAudit } from '../audit';
import type { GuidelineDraftBodyT } from './contract';
import { renderGuidelines } from './markdown';
import { findProgramme } from './programme-rows';
import { guidelineVersions } from './schema';

const rendered = (input: GuidelineDraftBodyT) => ({
  bodyIt: input.bodyIt,
  bodyEn: input.bodyEn,
  htmlIt: renderGuidelines(input.bodyIt),
  htmlEn: renderGuidelines(input.bodyEn),
});

/** A new draft of the guidelines (numbered only when published). */
export async function createGuidelineDraft({ ctx, input }: { ctx: Ctx; input: GuidelineDraftBodyT & { programmeId: string } }) {
  requirePermission(ctx, 'programme.manage');
  return inTx(ctx, async (tx) => {
    const p = await findProgramme(tx, input.programmeId);
    const [v] = await tx.db
      .insert(guidelineVersions)
      .values({ orgId: ctx.orgId, programmeId: p.id, major: 0, minor: 0, status: 'draft', ...rendered(input) })
      .returning({ id: guidelineVersions.id });
    await recordAudit({
      ctx: tx,
      input: { action: 'programme.guidelines_drafted', targetType: 'programme', targetId: p.id, targetName: p.name },
    });
    return { id: v.id };
  });
}

/** Edits a draft, also while it is open for comments; a published version never changes. */
export async function updateGuidelineDraft({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: GuidelineDraftBodyT & { programmeId: string; versionId: string };
}) {
  requirePermission(ctx, 'programme.manage');
  const [v] = await ctx.db
    .update(guidelineVersions)
    .set(rendered(input))
    .where(
      ofOrg(
        ctx,
        guidelineVersions,
        and(
          eq(guidelineVersions.id, input.versionId),
          eq(guidelineVersions.programmeId, input.programmeId),
          inArray(guidelineVersions.status, ['draft', 'consultation']),
        ),
      ),
    )
    .returning({ id: guidelineVersions.id });
  if (!v) throw conflict('ambassadors.guidelines_not_draft');
  return { id: v.id };
}

/** Opens a draft to the programme's members for comments ("the rules we agree together"). */
export async function openConsultation({ ctx, input }: { ctx: Ctx; input: { programmeId: string; versionId: string } }) {
  requirePermission(ctx, 'programme.manage');
  return inTx(ctx, async (tx) => {
    const [v] = await tx.db
      .update(guidelineVersions)
      .set({ status: 'consultation' })
      .where(
        ofOrg(
          tx,
          guidelineVersions,
          and(
            eq(guidelineVersions.id, input.versionId),
            eq(guidelineVersions.programmeId, input.programmeId),
            eq(guidelineVersions.status, 'draft'),
          ),
        ),
      )
      .returning({ id: guidelineVersions.id });
    if (!v) throw conflict('ambassadors.guidelines_not_draft');
    await recordAudit({
      ctx: tx,
      input: { action: 'programme.guidelines_consultation', targetType: 'programme', targetId: input.programmeId },
    });
    return { id: v.id };
  });
}
