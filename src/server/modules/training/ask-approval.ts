import type { Ctx } from '../../platform/ctx';
import { listOrgPeople, type OrgPerson } from '../people';
import { type After, nothingAfter } from './after-commit';
import { queueTrainingMail } from './mail';
import type { TrainingRow } from './rows';

/** Tells the learner's line manager that a request waits for them (nobody to tell: L&D decide from the participants). */
export async function askApproval(ctx: Ctx, t: TrainingRow, learner: OrgPerson): Promise<After> {
  if (!learner.managerId || learner.managerId === learner.id) return nothingAfter;
  const [manager] = await listOrgPeople(ctx, { ids: [learner.managerId] });
  if (!manager) return nothingAfter;
  return queueTrainingMail(ctx, 'training_approval', manager, {
    title: t.title,
    learnerName: learner.name,
    url: `${ctx.platform.config.publicUrl}/training/team/${t.id}`,
  });
}
