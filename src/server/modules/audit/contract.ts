import { z } from '@hono/zod-openapi';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const AuditQuery = z.object({
  action: z.string().trim().max(100).optional(),
  actorId: z.string().uuid().optional(),
  targetId: z.string().trim().max(100).optional(),
  /** Inclusive days (UTC), YYYY-MM-DD. */
  from: day.optional(),
  to: day.optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
});

export const AuditEntry = z
  .object({
    id: z.string().uuid(),
    action: z.string(),
    actorId: z.string().nullable(),
    actorName: z.string().nullable(),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    targetName: z.string().nullable(),
    data: z.record(z.string(), z.unknown()),
    createdAt: z.string(),
  })
  .openapi('AuditEntry');

export const AuditPage = z
  .object({ items: z.array(AuditEntry), page: z.number().int(), pageSize: z.number().int(), total: z.number().int() })
  .openapi('AuditPage');

export type AuditQueryT = z.infer<typeof AuditQuery>;
export type AuditPageT = z.infer<typeof AuditPage>;
export type AuditEntryT = z.infer<typeof AuditEntry>;
