import { sql } from 'drizzle-orm';
import { actorOf, type Ctx, requirePermission } from '../../platform/ctx';
import type { ReachBodyT } from './contract';
import { getTraining } from './rows';
import { trainingReach } from './schema';

/**
 * Channel measurement inside Voce: the feed card was shown to this person (a view), or they opened the training from
 * the card or from the campaign e-mail (an open). Once per person, channel and training: repeats change nothing.
 */
export async function recordReach({ ctx, input }: { ctx: Ctx; input: { trainingId: string; body: ReachBodyT } }) {
  requirePermission(ctx, 'training.learn');
  const actor = actorOf(ctx);
  const t = await getTraining(ctx, input.trainingId, { published: true });
  const opened = input.body.event === 'open' ? new Date() : null;
  await ctx.db
    .insert(trainingReach)
    .values({ orgId: ctx.orgId, trainingId: t.id, personId: actor.personId, channel: input.body.channel, openedAt: opened })
    .onConflictDoUpdate({
      target: [trainingReach.trainingId, trainingReach.channel, trainingReach.personId],
      set: { openedAt: sql`coalesce(${trainingReach.openedAt}, excluded.opened_at)` },
    });
  return { ok: true as const };
}
