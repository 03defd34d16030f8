import { type Ctx, requirePermission } from '../../platform/ctx';
import { listNewsTargets } from '../news';
import { listSurveyTargets } from '../surveys';
import { listTrainingTargets } from '../training';
import type { StepTargetsT } from './contract';

const title = (it: string, en: string, locale: string) => (locale === 'en' ? en || it : it || en);

/** What a step may point at in this organisation, asked of the modules that own it (posts, surveys, courses). */
export async function listStepTargets({ ctx }: { ctx: Ctx; input?: undefined }): Promise<StepTargetsT> {
  requirePermission(ctx, 'onboarding.manage');
  const locale = ctx.locale;
  const [posts, surveys, trainings] = await Promise.all([listNewsTargets(ctx), listSurveyTargets(ctx), listTrainingTargets(ctx)]);
  const post = (p: (typeof posts)[number]) => ({ id: p.id, title: title(p.titleIt, p.titleEn, locale) });
  return {
    posts: posts.map(post),
    mustReads: posts.filter((p) => p.mustRead).map(post),
    surveys: surveys.map((s) => ({ id: s.id, title: title(s.titleIt, s.titleEn, locale) })),
    trainings: trainings.map((t) => ({ id: t.id, title: t.title })),
  };
}
