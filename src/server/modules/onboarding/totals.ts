import type { Ctx } from '../../platform/ctx';
import { ofOrg } from '../../platform/ctx';
import { journeySteps, stateOf } from './progress';
import { onboardingJourneys } from './schema';

/** Onboarding completion for the dashboard: journeys started since a day, steps done, overdue, journeys complete. */
export async function onboardingTotals(ctx: Ctx, from: string) {
  const rows = (await ctx.db.select().from(onboardingJourneys).where(ofOrg(ctx, onboardingJourneys))).filter(
    (j) => j.startOn >= from,
  );
  const today = new Date().toISOString().slice(0, 10);
  const t = { journeys: rows.length, complete: 0, steps: 0, done: 0, overdue: 0 };
  for (const j of rows) {
    const steps = await journeySteps(ctx, j);
    t.steps += steps.length;
    t.done += steps.filter((s) => s.done).length;
    t.overdue += steps.filter((s) => stateOf(s, today) === 'overdue').length;
    if (steps.length > 0 && steps.every((s) => s.done)) t.complete++;
  }
  return t;
}
