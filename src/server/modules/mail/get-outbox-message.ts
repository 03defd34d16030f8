import { eq } from 'drizzle-orm';
import { type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import { notFound } from '../../platform/errors';
import type { OutboxMessageT } from './contract';
import { mailMessages } from './schema';

/** One e-mail with its text and HTML, so an administrator can follow its link (e.g. an invitation). */
export async function getOutboxMessage({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<OutboxMessageT> {
  requirePermission(ctx, 'outbox.read');
  const [m] = await ctx.db
    .select()
    .from(mailMessages)
    .where(ofOrg(ctx, mailMessages, eq(mailMessages.id, input.id)));
  if (!m) throw notFound('message');
  return {
    id: m.id,
    to: m.to,
    subject: m.subject,
    template: m.template,
    status: m.status,
    createdAt: m.createdAt.toISOString(),
    text: m.text,
    html: m.html,
    attempts: m.attempts,
    error: m.error,
    sentAt: m.sentAt?.toISOString() ?? null,
  };
}
