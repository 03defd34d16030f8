import type { Ctx } from '../../platform/ctx';
import { ofOrg } from '../../platform/ctx';
import { anyUuid } from '../../platform/db/any-of';
import { journeySteps } from './progress';
import { onboardingJourneys } from './schema';

export type OnboardingCompletion = { done: number; total: number; complete: boolean };

/** Each person's onboarding journey, steps done of all (people without a journey are absent): for recruiting's journey. */
export async function onboardingCompletionOf(ctx: Ctx, personIds: string[]): Promise<Map<string, OnboardingCompletion>> {
  const out = new Map<string, OnboardingCompletion>();
  if (personIds.length === 0) return out;
  const rows = await ctx.db
    .select()
    .from(onboardingJourneys)
    .where(ofOrg(ctx, onboardingJourneys, anyUuid(onboardingJourneys.personId, personIds)));
  for (const j of rows) {
    const steps = await journeySteps(ctx, j);
    const done = steps.filter((s) => s.done).length;
    out.set(j.personId, { done, total: steps.length, complete: steps.length > 0 && done === steps.length });
  }
  return out;
}
