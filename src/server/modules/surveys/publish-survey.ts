import { eq } from 'drizzle-orm';
import { type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { conflict } from '../../platform/errors';
import { recordAudit } from '../audit';
import type { SurveyT } from './contract';
import { findSurvey, surveyView } from './load-survey';
import { openRound } from './rounds';
import { surveyRounds, surveys } from './schema';

/** Publishes a draft: its first round opens now for its audience. Anonymity and questions are fixed from here on. */
export async function publishSurvey({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<SurveyT> {
  requirePermission(ctx, 'surveys.manage');
  return inTx(ctx, async (tx) => {
    const s = await findSurvey(tx, input.id, true);
    if (s.status !== 'draft') throw conflict('surveys.not_draft');
    const now = new Date();
    if (s.recurrence === 'none' && s.closesAt && s.closesAt <= now) throw conflict('surveys.closes_in_past');
    const [row] = await tx.db
      .update(surveys)
      .set({ status: 'active', publishedAt: now })
      .where(ofOrg(tx, surveys, eq(surveys.id, s.id)))
      .returning();
    await openRound(tx, row, 1, now);
    await recordAudit({
      ctx: tx,
      input: { action: 'survey.published', targetType: 'survey', targetId: s.id, targetName: s.titleIt || s.titleEn },
    });
    return surveyView(tx, row);
  });
}

/** Ends a survey now: its open round closes (its results become visible) and no new round opens. */
export async function closeSurvey({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<SurveyT> {
  requirePermission(ctx, 'surveys.manage');
  return inTx(ctx, async (tx) => {
    const s = await findSurvey(tx, input.id, true);
    if (s.status !== 'active') throw conflict('surveys.not_active');
    const now = new Date();
    await tx.db
      .update(surveyRounds)
      .set({ status: 'closed', closesAt: now })
      .where(ofOrg(tx, surveyRounds, eq(surveyRounds.surveyId, s.id), eq(surveyRounds.status, 'open')));
    const [row] = await tx.db
      .update(surveys)
      .set({ status: 'closed' })
      .where(ofOrg(tx, surveys, eq(surveys.id, s.id)))
      .returning();
    await recordAudit({
      ctx: tx,
      input: { action: 'survey.closed', targetType: 'survey', targetId: s.id, targetName: s.titleIt || s.titleEn },
    });
    return surveyView(tx, row);
  });
}
