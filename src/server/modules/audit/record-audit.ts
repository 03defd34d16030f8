import type { Ctx } from '../../platform/ctx';
import { auditLog } from './schema';

export type AuditInput = {
  action: string;
  targetType?: string;
  targetId?: string;
  targetName?: string;
  data?: Record<string, unknown>;
};

/** Written in the caller's transaction so the record and the change commit together. */
export async function recordAudit({ ctx, input }: { ctx: Ctx; input: AuditInput }): Promise<void> {
  await recordAudits({ ctx, input: [input] });
}

/** Many records in one insert (bulk operations such as inviting thousands of people). */
export async function recordAudits({ ctx, input }: { ctx: Ctx; input: AuditInput[] }): Promise<void> {
  if (input.length === 0) return;
  await ctx.db.insert(auditLog).values(
    input.map((i) => ({
      orgId: ctx.orgId,
      actorId: ctx.actor?.personId ?? null,
      actorName: ctx.actor?.name ?? null,
      action: i.action,
      targetType: i.targetType,
      targetId: i.targetId,
      targetName: i.targetName,
      data: i.data ?? {},
    })),
  );
}
