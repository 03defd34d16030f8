import { desc, ne } from 'drizzle-orm';
import { type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import type { SurveyListT } from './contract';
import { pick } from './load-survey';
import { surveys } from './schema';

/**
 * The published surveys a manager may open for their team's results (which the results operation scopes to the
 * team and holds back under k). No participation figures: those are the organisation's, for HR.
 */
export async function listTeamSurveys({ ctx }: { ctx: Ctx; input?: undefined }): Promise<SurveyListT> {
  requirePermission(ctx, 'surveys.team');
  const rows = await ctx.db
    .select()
    .from(surveys)
    .where(ofOrg(ctx, surveys, ne(surveys.status, 'draft')))
    .orderBy(desc(surveys.publishedAt))
    .limit(200);
  return {
    items: rows.map((s) => ({
      id: s.id,
      kind: s.kind,
      title: pick(ctx.locale, s.titleIt, s.titleEn),
      anonymous: s.anonymous,
      recurrence: s.recurrence,
      status: s.status,
      publishedAt: s.publishedAt?.toISOString() ?? null,
      currentRound: null,
    })),
  };
}
