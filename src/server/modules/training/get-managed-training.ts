import { type Ctx, requirePermission } from '../../platform/ctx';
import type { ManagedTrainingT, PropositionViewT } from './contract';
import { getTrainingSettings } from './get-settings';
import { getTraining, hoursOf, type PropositionRow, propositionsOf, sessionsOf } from './rows';
import { sessionViews } from './session-views';

export const propositionView = (p: PropositionRow): PropositionViewT => ({
  id: p.id,
  label: p.label,
  kind: p.kind,
  value: p.value,
  benefits: p.benefits,
  problem: p.problem,
  outcome: p.outcome,
});

/** The xAPI activity id Voce gives a training (an LMS may also use the training's code). */
export const activityIdOf = (ctx: Ctx, trainingId: string) =>
  `${ctx.platform.config.publicUrl}/xapi/activities/training/${trainingId}`;

/** Everything the L&D editor shows for one training. */
export async function getManagedTraining({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<ManagedTrainingT> {
  requirePermission(ctx, 'training.manage');
  const t = await getTraining(ctx, input.id);
  const [props, sessions, settings] = await Promise.all([
    propositionsOf(ctx, [t.id]),
    sessionsOf(ctx, [t.id]),
    getTrainingSettings(ctx),
  ]);
  return {
    id: t.id,
    title: t.title,
    description: t.description,
    kind: t.kind,
    motivation: t.motivation,
    organisationalNeed: t.organisationalNeed,
    dueDate: t.dueDate,
    durationHours: hoursOf(t),
    cost: t.costCents / 100,
    currency: settings.currency,
    requiresApproval: t.requiresApproval,
    publicUrl: t.publicUrl,
    elearningUrl: t.elearningUrl,
    code: t.code,
    promoted: t.promoted,
    status: t.status,
    propositions: (props.get(t.id) ?? []).map(propositionView),
    sessions: await sessionViews(ctx, sessions.get(t.id) ?? []),
    activityId: activityIdOf(ctx, t.id),
    advocacyPostId: t.advocacyPostId,
  };
}
