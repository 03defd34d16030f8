import { desc, eq } from 'drizzle-orm';
import { type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { conflict, invalid, notFound } from '../../platform/errors';
import { can } from '../../platform/permissions';
import { recordAudit } from '../audit';
import { findPeopleById } from '../people';
import { listDoneSuggestions } from '../suggestions';
import { surveyExists } from '../surveys';
import type { ActionBodyT, BoardItemT } from './contract';
import { actionStatuses, feedbackActions } from './schema';

type Row = typeof feedbackActions.$inferSelect;

function mayEdit(ctx: Ctx) {
  if (!ctx.actor || can(ctx.actor.roles, 'surveys.manage') || can(ctx.actor.roles, 'suggestions.manage')) return;
  requirePermission(ctx, 'surveys.manage');
}

const view = (r: Row, names: Map<string, { name: string }>): BoardItemT => ({
  id: r.id,
  source: 'survey',
  youSaid: r.youSaid,
  weDo: r.weDo,
  ownerName: r.ownerId ? (names.get(r.ownerId)?.name ?? null) : null,
  status: r.status,
  doneOn: r.doneOn,
  votes: null,
});

/** The board every employee sees: actions taken on survey results, and suggestions that were done. */
export async function listBoard({ ctx }: { ctx: Ctx; input?: undefined }): Promise<{ items: BoardItemT[] }> {
  const rows = await ctx.db
    .select()
    .from(feedbackActions)
    .where(ofOrg(ctx, feedbackActions))
    .orderBy(desc(feedbackActions.createdAt))
    .limit(200);
  const names = await findPeopleById(ctx, [...new Set(rows.flatMap((r) => (r.ownerId ? [r.ownerId] : [])))]);
  const done = await listDoneSuggestions(ctx);
  const order = (s: string) => actionStatuses.indexOf(s as (typeof actionStatuses)[number]);
  return {
    items: [
      ...rows.map((r) => view(r, names)).sort((a, b) => order(a.status) - order(b.status)),
      ...done.map((s) => ({
        id: s.id,
        source: 'suggestion' as const,
        youSaid: s.title,
        weDo: s.outcome ?? '',
        ownerName: null,
        status: 'done' as const,
        doneOn: s.closedOn,
        votes: s.votes,
      })),
    ],
  };
}

/** HR turn a result into an action with an owner from the organisation. */
export async function createAction({ ctx, input }: { ctx: Ctx; input: ActionBodyT }): Promise<BoardItemT> {
  mayEdit(ctx);
  return inTx(ctx, async (tx) => {
    const names = input.ownerId ? await findPeopleById(tx, [input.ownerId]) : new Map();
    if (input.ownerId && !names.has(input.ownerId)) throw invalid('actions.unknown_owner');
    if (input.surveyId && !(await surveyExists(tx, input.surveyId))) throw invalid('actions.unknown_survey');
    const [row] = await tx.db
      .insert(feedbackActions)
      .values({ orgId: ctx.orgId, ...input })
      .returning();
    await recordAudit({
      ctx: tx,
      input: { action: 'action.created', targetType: 'action', targetId: row.id, targetName: row.weDo.slice(0, 80) },
    });
    return view(row, names);
  });
}

/** Moves an action on; a change made meanwhile by a colleague answers 409. */
export async function updateAction({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { id: string; status: Row['status']; expected: Row['status'] };
}) {
  mayEdit(ctx);
  return inTx(ctx, async (tx) => {
    const [row] = await tx.db
      .update(feedbackActions)
      .set({ status: input.status, doneOn: input.status === 'done' ? new Date().toISOString().slice(0, 10) : null })
      .where(ofOrg(tx, feedbackActions, eq(feedbackActions.id, input.id), eq(feedbackActions.status, input.expected)))
      .returning();
    if (!row) {
      const [exists] = await tx.db
        .select({ id: feedbackActions.id })
        .from(feedbackActions)
        .where(ofOrg(tx, feedbackActions, eq(feedbackActions.id, input.id)));
      if (!exists) throw notFound('action');
      throw conflict('actions.changed_meanwhile');
    }
    await recordAudit({
      ctx: tx,
      input: {
        action: 'action.updated',
        targetType: 'action',
        targetId: row.id,
        data: { from: input.expected, to: input.status },
      },
    });
    const names = row.ownerId ? await findPeopleById(tx, [row.ownerId]) : new Map();
    return view(row, names);
  });
}
