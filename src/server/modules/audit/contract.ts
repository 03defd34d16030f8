import { z } from '@hono/zod-openapi';
import { isoDay, text } from '../../platform/validation';

export const AuditQuery = z.object({
  action: text(100).optional(),
  actorId: z.string().uuid().optional(),
  targetId: text(100).optional(),
  /** Inclusive days (UTC), YYYY-MM-DD. */
  from: isoDay().optional(),
  to: isoDay().optional(),
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
