import { count, desc, eq, gte, lt, sql } from 'drizzle-orm';
import { type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import type { AuditPageT, AuditQueryT } from './contract';
import { auditLog } from './schema';

const PAGE_SIZE = 50;

/** The organisation's audit log, newest first, filtered by action, actor, target and days (UTC, inclusive). */
export async function listAudit({ ctx, input }: { ctx: Ctx; input: AuditQueryT }): Promise<AuditPageT> {
  requirePermission(ctx, 'audit.read');
  const where = ofOrg(
    ctx,
    auditLog,
    input.action ? eq(auditLog.action, input.action) : undefined,
    input.actorId ? eq(auditLog.actorId, input.actorId) : undefined,
    input.targetId ? eq(auditLog.targetId, input.targetId) : undefined,
    input.from ? gte(auditLog.createdAt, sql`${input.from}::date`) : undefined,
    input.to ? lt(auditLog.createdAt, sql`${input.to}::date + 1`) : undefined,
  );
  const rows = await ctx.db
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(PAGE_SIZE)
    .offset((input.page - 1) * PAGE_SIZE);
  const [{ n }] = await ctx.db.select({ n: count() }).from(auditLog).where(where);
  return {
    items: rows.map((r) => ({
      id: r.id,
      action: r.action,
      actorId: r.actorId,
      actorName: r.actorName,
      targetType: r.targetType,
      targetId: r.targetId,
      targetName: r.targetName,
      data: r.data,
      createdAt: r.createdAt.toISOString(),
    })),
    page: input.page,
    pageSize: PAGE_SIZE,
    total: n,
  };
}
