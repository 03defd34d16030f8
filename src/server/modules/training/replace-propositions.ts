import { and, eq, notInArray } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import type { Tx } from '../../platform/db/client';
import type { PropositionInputT } from './contract';
import { trainingPropositions } from './schema';

/**
 * The training's value propositions become `input`, in its order. A proposition sent with its id is updated in place
 * (feedback and posters keep pointing at it); one sent without is added; one no longer sent is removed.
 */
export async function replacePropositions(ctx: Ctx & { db: Tx }, trainingId: string, input: PropositionInputT[]) {
  const kept = input.flatMap((p) => (p.id ? [p.id] : []));
  await ctx.db
    .delete(trainingPropositions)
    .where(
      ofOrg(
        ctx,
        trainingPropositions,
        and(eq(trainingPropositions.trainingId, trainingId), kept.length ? notInArray(trainingPropositions.id, kept) : undefined),
      ),
    );
  for (const [position, p] of input.entries()) {
    const fields = {
      label: p.label,
      kind: p.kind,
      value: p.kind === 'everyone' || p.kind === 'managers' ? null : p.value?.trim() || null,
      benefits: p.benefits,
      problem: p.problem,
      outcome: p.outcome,
      position,
      updatedAt: new Date(),
    };
    if (p.id) {
      const updated = await ctx.db
        .update(trainingPropositions)
        .set(fields)
        .where(
          ofOrg(ctx, trainingPropositions, eq(trainingPropositions.id, p.id), eq(trainingPropositions.trainingId, trainingId)),
        )
        .returning({ id: trainingPropositions.id });
      if (updated.length > 0) continue;
    }
    // An id that is not this training's (stale form, or another training's) is simply a new proposition.
    await ctx.db.insert(trainingPropositions).values({ ...fields, orgId: ctx.orgId, trainingId });
  }
}
