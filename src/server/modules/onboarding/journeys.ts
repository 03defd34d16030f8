import { desc, eq } from 'drizzle-orm';
import { actorOf, type Ctx, ofOrg } from '../../platform/ctx';
import { conflict, forbidden, notFound } from '../../platform/errors';
import { can } from '../../platform/permissions';
import { findPeopleById, findProfile } from '../people';
import { assignJourneys, NEW_HIRE_DAYS } from './assign';
import type { MyJourneyT } from './contract';
import { journeySteps, MANUAL, stateOf } from './progress';
import { onboardingJourneys, onboardingProgress } from './schema';

const today = () => new Date().toISOString().slice(0, 10);

function linkOf(kind: string, refId: string | null): string | null {
  if ((kind === 'read_post' || kind === 'acknowledge') && refId) return `/news/${refId}`;
  // The web app's page that answers a survey; without one, the feed lists every survey waiting for an answer.
  if (kind === 'pulse') return refId ? `/surveys/${refId}/answer` : '/feed';
  if (kind === 'first_share') return '/feed';
  // A training step naming its course opens the course (marked done by the new hire: courses run elsewhere).
  if (kind === 'training' && refId) return `/training/${refId}`;
  return null;
}

async function myJourneyRow(ctx: Ctx) {
  const actor = actorOf(ctx);
  const [j] = await ctx.db
    .select()
    .from(onboardingJourneys)
    .where(ofOrg(ctx, onboardingJourneys, eq(onboardingJourneys.personId, actor.personId)));
  return j ?? null;
}

/** My onboarding journey: steps by due day, in my language, with my buddy. */
export async function getMyJourney({ ctx }: { ctx: Ctx; input?: undefined }): Promise<MyJourneyT> {
  const actor = actorOf(ctx);
  let j = await myJourneyRow(ctx);
  if (!j) {
    // A new hire may open the app before the sweep has run: their journey starts now.
    const profile = await findProfile(ctx, actor.personId);
    const since = new Date(Date.now() - NEW_HIRE_DAYS * 86_400_000).toISOString().slice(0, 10);
    if (profile?.hireDate && profile.hireDate >= since) {
      await assignJourneys({ ...ctx, actor: null });
      j = await myJourneyRow(ctx);
    }
  }
  if (!j) return { journey: null };
  const steps = await journeySteps(ctx, j);
  const buddy = j.buddyId ? (await findPeopleById(ctx, [j.buddyId])).get(j.buddyId) : undefined;
  const t = today();
  return {
    journey: {
      id: j.id,
      startOn: j.startOn,
      buddyName: buddy?.name ?? null,
      steps: steps.map(({ step: s, done, dueOn }) => ({
        id: s.id,
        kind: s.kind,
        title: actor.locale === 'en' ? s.titleEn || s.titleIt : s.titleIt || s.titleEn,
        dueOn,
        state: stateOf({ done, dueOn }, t),
        link: linkOf(s.kind, s.refId),
        manual: MANUAL.has(s.kind),
      })),
    },
  };
}

/** I mark a step done that only I can tell (met my buddy, finished a training, a task); others complete themselves. */
export async function markStepDone({ ctx, input }: { ctx: Ctx; input: { stepId: string } }): Promise<MyJourneyT> {
  const j = await myJourneyRow(ctx);
  if (!j) throw notFound('journey');
  const step = (await journeySteps(ctx, j)).find((s) => s.step.id === input.stepId);
  if (!step) throw notFound('step');
  if (!MANUAL.has(step.step.kind)) throw conflict('onboarding.step_automatic');
  await ctx.db
    .insert(onboardingProgress)
    .values({ orgId: ctx.orgId, journeyId: j.id, stepId: step.step.id })
    .onConflictDoNothing();
  return getMyJourney({ ctx });
}

/** HR see every journey; a manager their own reports'. Progress and overdue steps per person. */
export async function listJourneys({ ctx }: { ctx: Ctx; input?: undefined }) {
  const actor = actorOf(ctx);
  const all = can(actor.roles, 'onboarding.manage');
  if (!all && !can(actor.roles, 'analytics.team')) throw forbidden();
  // People just created or imported need not wait for the sweep to show here (it is idempotent: unique person).
  if (all) await assignJourneys({ ...ctx, actor: null });
  const rows = await ctx.db
    .select()
    .from(onboardingJourneys)
    .where(ofOrg(ctx, onboardingJourneys))
    .orderBy(desc(onboardingJourneys.startOn))
    .limit(500);
  const ids = [...new Set(rows.flatMap((r) => [r.personId, ...(r.buddyId ? [r.buddyId] : [])]))];
  const people = await findPeopleById(ctx, ids);
  const items = [];
  for (const j of rows) {
    if (!all) {
      const profile = await findProfile(ctx, j.personId);
      if (!profile?.managerChain.includes(actor.personId)) continue;
    }
    const steps = await journeySteps(ctx, j);
    const t = today();
    const p = people.get(j.personId);
    items.push({
      id: j.id,
      personName: p?.name ?? '',
      department: p?.department ?? null,
      startOn: j.startOn,
      buddyName: j.buddyId ? (people.get(j.buddyId)?.name ?? null) : null,
      done: steps.filter((s) => s.done).length,
      total: steps.length,
      overdue: steps.filter((s) => stateOf(s, t) === 'overdue').length,
    });
  }
  return { items };
}
