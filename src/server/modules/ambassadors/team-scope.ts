import { type Ctx, requirePermission } from '../../platform/ctx';
import { can } from '../../platform/permissions';
import { reportsOf } from '../people';

/**
 * Who sees which members: reviewers and comms the whole programme; a manager (who may only nominate) the people of
 * their own team, directly or not. Answers null for "everyone", or the ids allowed.
 */
export async function visiblePeople(ctx: Ctx): Promise<Set<string> | null> {
  requirePermission(ctx, 'programme.nominate');
  if (!ctx.actor || can(ctx.actor.roles, 'programme.review')) return null;
  return new Set(await reportsOf(ctx, ctx.actor.personId));
}
