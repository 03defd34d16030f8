import { z } from '@hono/zod-openapi';

export const OutboxQuery = z.object({ page: z.coerce.number().int().min(1).max(100000).default(1) });
export const OutboxParams = z.object({ id: z.string().uuid() });

const status = z.enum(['queued', 'sending', 'sent', 'kept', 'failed']);

export const OutboxItem = z
  .object({
    id: z.string().uuid(),
    to: z.string(),
    subject: z.string(),
    template: z.string(),
    status,
    createdAt: z.string(),
    /** The link grants access to a login (password reset): it was sent only to the person and is never shown. */
    linkHidden: z.boolean(),
  })
  .openapi('OutboxItem');

export const OutboxPage = z
  .object({ items: z.array(OutboxItem), page: z.number().int(), pageSize: z.number().int(), total: z.number().int() })
  .openapi('OutboxPage');

export const OutboxMessage = OutboxItem.extend({
  text: z.string(),
  html: z.string(),
  attempts: z.number().int(),
  error: z.string().nullable(),
  sentAt: z.string().nullable(),
}).openapi('OutboxMessage');

export type OutboxPageT = z.infer<typeof OutboxPage>;
export type OutboxMessageT = z.infer<typeof OutboxMessage>;
