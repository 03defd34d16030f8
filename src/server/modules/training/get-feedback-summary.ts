import { asc, desc, eq } from 'drizzle-orm';
import { type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import type { FeedbackSummaryT } from './contract';
import { getTraining } from './rows';
import { trainingChanges, trainingFeedback } from './schema';

const average = (xs: number[]) => (xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100 : null);

/**
 * What learners said about one training, by population, with their suggestions (without names: people write more
 * freely when the answer goes to the offer, not to their file) and the changes L&D made since.
 */
export async function getFeedbackSummary({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<FeedbackSummaryT> {
  requirePermission(ctx, 'training.manage');
  const t = await getTraining(ctx, input.id);
  const [rows, changes] = await Promise.all([
    ctx.db
      .select()
      .from(trainingFeedback)
      .where(ofOrg(ctx, trainingFeedback, eq(trainingFeedback.trainingId, t.id)))
      .orderBy(desc(trainingFeedback.createdAt)),
    ctx.db
      .select({ note: trainingChanges.note, at: trainingChanges.createdAt })
      .from(trainingChanges)
      .where(ofOrg(ctx, trainingChanges, eq(trainingChanges.trainingId, t.id)))
      .orderBy(asc(trainingChanges.createdAt)),
  ]);
  const groups = new Map<string, number[]>();
  for (const r of rows) groups.set(r.populationLabel ?? '', [...(groups.get(r.populationLabel ?? '') ?? []), r.usefulness]);
  return {
    count: rows.length,
    average: average(rows.map((r) => r.usefulness)),
    byPopulation: [...groups]
      .map(([key, xs]) => ({ key, count: xs.length, average: average(xs) }))
      .sort((a, b) => b.count - a.count),
    comments: rows
      .filter((r) => r.suggestion.trim())
      .map((r) => ({
        population: r.populationLabel,
        usefulness: r.usefulness,
        suggestion: r.suggestion,
        at: r.createdAt.toISOString(),
      })),
    changes: changes.map((c) => ({ note: c.note, at: c.at.toISOString() })),
  };
}
