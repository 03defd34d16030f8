import type { Ctx } from '../../platform/ctx';
import { invalid } from '../../platform/errors';
import type { TemplateInputT } from './contract';
import { listStepTargets } from './list-step-targets';
import type { StepKind } from './schema';

type StepIn = TemplateInputT['steps'][number];

/** Kinds that must point at something, and kinds that may (a training step may name its course). */
const NEEDS_REF: ReadonlySet<StepKind> = new Set(['read_post', 'acknowledge', 'pulse']);
const MAY_REF: ReadonlySet<StepKind> = new Set([...NEEDS_REF, 'training']);

/**
 * Checks a template's steps before they are stored: a title in one language at least, the target a step needs, a
 * target that exists in this organisation and fits the kind (only a must-read can be acknowledged), no step twice.
 * Answers the steps with targets dropped where the kind has none. Positions in errors count from 1, as the editor shows.
 */
export async function checkSteps(ctx: Ctx, steps: StepIn[]): Promise<StepIn[]> {
  const targets = await listStepTargets({ ctx });
  const ids = (list: { id: string }[]) => new Set(list.map((x) => x.id));
  const allowed: Partial<Record<StepKind, Set<string>>> = {
    read_post: ids(targets.posts),
    acknowledge: ids(targets.mustReads),
    pulse: ids(targets.surveys),
    training: ids(targets.trainings),
  };
  const seen = new Set<string>();
  return steps.map((s, i) => {
    const position = i + 1;
    if (!s.titleIt.trim() && !s.titleEn.trim()) throw invalid('onboarding.step_title_required', { position });
    const refId = MAY_REF.has(s.kind) ? s.refId : null;
    if (NEEDS_REF.has(s.kind) && !refId) throw invalid('onboarding.step_needs_target', { position });
    if (refId && !allowed[s.kind]?.has(refId)) throw invalid('onboarding.step_target_unknown', { position });
    // The same post, survey or course twice, or the same task on the same day, is a mistake, not a second step.
    const key = refId ? `${s.kind}:${refId}` : `${s.kind}:${s.offsetDays}:${s.titleIt.trim()}:${s.titleEn.trim()}`;
    if (seen.has(key)) throw invalid('onboarding.step_duplicate', { position });
    seen.add(key);
    return { ...s, refId };
  });
}
