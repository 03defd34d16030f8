import { eq } from 'drizzle-orm';
import { type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { conflict, invalid } from '../../platform/errors';
import { recordAudit } from '../audit';
import type { StatusBodyT, SuggestionT } from './contract';
import { lockSuggestion } from './lock-suggestion';
import { type SuggestionStatus, suggestions } from './schema';
import { today } from './secret';
import { authorNames, toSuggestion } from './view';

/** Where a suggestion may go from each status: forward only; done and declined are final. */
const next: Record<SuggestionStatus, SuggestionStatus[]> = {
  received: ['under_review', 'planned', 'done', 'declined'],
  under_review: ['planned', 'done', 'declined'],
  planned: ['done', 'declined'],
  done: [],
  declined: [],
};

/**
 * HR move a suggestion on. The reviewer says which status they saw: if a colleague changed it meanwhile, 409
 * (the row is locked, so two reviewers cannot both succeed). Declining needs a reason; done says what was done
 * and puts it on the "you said, we did" board.
 */
export async function setStatus({ ctx, input }: { ctx: Ctx; input: StatusBodyT & { id: string } }): Promise<SuggestionT> {
  requirePermission(ctx, 'suggestions.manage');
  if (input.status === 'declined' && !input.reason) throw invalid('suggestions.reason_required');
  if (input.status === 'done' && !input.outcome) throw invalid('suggestions.outcome_required');
  return inTx(ctx, async (tx) => {
    const s = await lockSuggestion(tx, input.id);
    if (s.status !== input.expected) throw conflict('suggestions.changed_meanwhile', { status: s.status });
    if (!next[s.status].includes(input.status)) throw conflict('suggestions.invalid_transition');
    const final = input.status === 'done' || input.status === 'declined';
    const [row] = await tx.db
      .update(suggestions)
      .set({
        status: input.status,
        reason: input.status === 'declined' ? input.reason : s.reason,
        outcome: input.status === 'done' ? input.outcome : s.outcome,
        closedOn: final ? today() : null,
      })
      .where(ofOrg(tx, suggestions, eq(suggestions.id, s.id)))
      .returning();
    await recordAudit({
      ctx: tx,
      input: {
        action: 'suggestion.status_changed',
        targetType: 'suggestion',
        targetId: s.id,
        targetName: s.title,
        data: { from: s.status, to: input.status, reason: input.reason ?? null },
      },
    });
    return toSuggestion(row, await authorNames(tx, [row]));
  });
}
