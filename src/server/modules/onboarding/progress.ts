import { and, asc, eq } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { hasAcknowledged, hasRead } from '../news';
import { sharesPerPerson } from '../sharing';
import { hasAnswered } from '../surveys';
import { hasCompletedTraining } from '../training';
import { type onboardingJourneys, onboardingProgress, onboardingSteps, type StepKind } from './schema';

export type JourneyRow = typeof onboardingJourneys.$inferSelect;
type StepRow = typeof onboardingSteps.$inferSelect;

export const MANUAL: ReadonlySet<StepKind> = new Set(['meet_buddy', 'training', 'task']);
const DAY = 86_400_000;

export const dueOn = (startOn: string, offsetDays: number) =>
  new Date(new Date(`${startOn}T00:00:00Z`).getTime() + offsetDays * DAY).toISOString().slice(0, 10);

/** Whether the person has done what an automatic step asks (read, acknowledge, answer, share), asked of its module. */
async function doneElsewhere(ctx: Ctx, j: JourneyRow, s: StepRow): Promise<boolean> {
  const personId = j.personId;
  if (s.kind === 'read_post' && s.refId) return hasRead(ctx, { postId: s.refId, personId });
  if (s.kind === 'acknowledge' && s.refId) return hasAcknowledged(ctx, { postId: s.refId, personId });
  if (s.kind === 'pulse' && s.refId) return hasAnswered(ctx, { surveyId: s.refId, personId });
  if (s.kind === 'training' && s.refId) return hasCompletedTraining(ctx, { trainingId: s.refId, personId });
  if (s.kind === 'first_share') {
    const since = new Date(new Date(`${j.startOn}T00:00:00Z`).getTime() - 60 * DAY);
    return ((await sharesPerPerson(ctx, since, [personId])).get(personId) ?? 0) > 0;
  }
  return false;
}

/**
 * The journey's steps (of the template version it was given) with what is done, recording automatic steps found done since the last look (a row per step,
 * written once: the primary key makes two lookers harmless).
 */
export async function journeySteps(ctx: Ctx, j: JourneyRow) {
  const [steps, progress] = await Promise.all([
    ctx.db
      .select()
      .from(onboardingSteps)
      .where(
        ofOrg(
          ctx,
          onboardingSteps,
          and(eq(onboardingSteps.templateId, j.templateId), eq(onboardingSteps.version, j.templateVersion)),
        ),
      )
      .orderBy(asc(onboardingSteps.position)),
    ctx.db
      .select()
      .from(onboardingProgress)
      .where(ofOrg(ctx, onboardingProgress, eq(onboardingProgress.journeyId, j.id))),
  ]);
  const done = new Set(progress.map((p) => p.stepId));
  for (const s of steps) {
    // A training naming its course is also found done when the course is recorded complete (LMS import, xAPI).
    const looked = !MANUAL.has(s.kind) || (s.kind === 'training' && !!s.refId);
    if (done.has(s.id) || !looked || !(await doneElsewhere(ctx, j, s))) continue;
    await ctx.db.insert(onboardingProgress).values({ orgId: ctx.orgId, journeyId: j.id, stepId: s.id }).onConflictDoNothing();
    done.add(s.id);
  }
  return steps.map((s) => ({ step: s, done: done.has(s.id), dueOn: dueOn(j.startOn, s.offsetDays) }));
}

export function stateOf(x: { done: boolean; dueOn: string }, today: string): 'done' | 'due' | 'overdue' | 'upcoming' {
  if (x.done) return 'done';
  if (x.dueOn < today) return 'overdue';
  // A step is "due" from three days before its day: it shows in the feed then.
  const soon = new Date(new Date(`${today}T00:00:00Z`).getTime() + 3 * DAY).toISOString().slice(0, 10);
  return x.dueOn <= soon ? 'due' : 'upcoming';
}
