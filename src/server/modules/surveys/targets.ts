import { desc, ne } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { surveys } from './schema';

export type SurveyTarget = { id: string; titleIt: string; titleEn: string; kind: string; status: string };

/** Surveys another module may point at (onboarding "answer a pulse" steps): every one not closed, newest first. */
export async function listSurveyTargets(ctx: Ctx): Promise<SurveyTarget[]> {
  return ctx.db
    .select({ id: surveys.id, titleIt: surveys.titleIt, titleEn: surveys.titleEn, kind: surveys.kind, status: surveys.status })
    .from(surveys)
    .where(ofOrg(ctx, surveys, ne(surveys.status, 'closed')))
    .orderBy(desc(surveys.createdAt))
    .limit(500);
}
