import { desc } from 'drizzle-orm';
import { type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import type { SurveyListT, SurveyT } from './contract';
import { findSurvey, pick, roundsOf, roundView, surveyView } from './load-survey';
import { surveys } from './schema';

/** Every survey of the organisation, newest first, with its current round's participation. */
export async function listSurveys({ ctx }: { ctx: Ctx; input?: undefined }): Promise<SurveyListT> {
  requirePermission(ctx, 'surveys.manage');
  const rows = await ctx.db.select().from(surveys).where(ofOrg(ctx, surveys)).orderBy(desc(surveys.createdAt)).limit(500);
  const rounds = await roundsOf(
    ctx,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((s) => {
      const mine = rounds.filter((r) => r.surveyId === s.id);
      const current = mine.find((r) => r.status === 'open') ?? mine.at(-1);
      return {
        id: s.id,
        kind: s.kind,
        title: pick(ctx.locale, s.titleIt, s.titleEn),
        anonymous: s.anonymous,
        recurrence: s.recurrence,
        status: s.status,
        publishedAt: s.publishedAt?.toISOString() ?? null,
        currentRound: current ? roundView(current) : null,
      };
    }),
  };
}

export async function getSurvey({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<SurveyT> {
  requirePermission(ctx, 'surveys.manage');
  return surveyView(ctx, await findSurvey(ctx, input.id));
}
