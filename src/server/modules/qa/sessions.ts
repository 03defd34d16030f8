import { count, desc, eq } from 'drizzle-orm';
import { type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { invalid } from '../../platform/errors';
import { recordAudit } from '../audit';
import { findPeopleById, searchActivePeople } from '../people';
import { qaQuestions, qaSessions } from './schema';
import { sessionView } from './view';

/** Every session, newest first, with how many questions it has (answered ones stay browsable). */
export async function listSessions({ ctx }: { ctx: Ctx; input?: undefined }) {
  const rows = await ctx.db
    .select()
    .from(qaSessions)
    .where(ofOrg(ctx, qaSessions))
    .orderBy(desc(qaSessions.createdAt))
    .limit(100);
  const counts = await ctx.db
    .select({ sessionId: qaQuestions.sessionId, n: count() })
    .from(qaQuestions)
    .where(ofOrg(ctx, qaQuestions))
    .groupBy(qaQuestions.sessionId);
  return {
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      status: r.status,
      questions: Number(counts.find((c) => c.sessionId === r.id)?.n ?? 0),
    })),
  };
}

/** Moderators open a session with the leaders who will answer (people of the organisation). */
export async function createSession({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { title: string; description: string; leaderIds: string[] };
}) {
  requirePermission(ctx, 'qa.moderate');
  const leaders = await findPeopleById(ctx, input.leaderIds);
  if (leaders.size !== new Set(input.leaderIds).size) throw invalid('qa.unknown_leader');
  const id = await inTx(ctx, async (tx) => {
    const [s] = await tx.db
      .insert(qaSessions)
      .values({ orgId: ctx.orgId, ...input, leaderIds: [...new Set(input.leaderIds)] })
      .returning();
    await recordAudit({
      ctx: tx,
      input: { action: 'qa.session_created', targetType: 'qa_session', targetId: s.id, targetName: s.title },
    });
    return s.id;
  });
  return sessionView(ctx, id);
}

/** Active people by name, to choose a session's leaders (moderators may not hold people.read). */
export async function searchLeaders({ ctx, input }: { ctx: Ctx; input: { q: string } }) {
  requirePermission(ctx, 'qa.moderate');
  return { items: await searchActivePeople(ctx, input.q) };
}

export async function closeSession({ ctx, input }: { ctx: Ctx; input: { id: string } }) {
  requirePermission(ctx, 'qa.moderate');
  await ctx.db
    .update(qaSessions)
    .set({ status: 'closed' })
    .where(ofOrg(ctx, qaSessions, eq(qaSessions.id, input.id)));
  return sessionView(ctx, input.id);
}
