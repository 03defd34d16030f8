import { count, desc } from 'drizzle-orm';
import { type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import type { OutboxPageT } from './contract';
import { mailMessages } from './schema';

const PAGE_SIZE = 50;

/** The organisation's e-mails, newest first (the development outbox when no SMTP server is configured). */
export async function listOutbox({ ctx, input }: { ctx: Ctx; input: { page: number } }): Promise<OutboxPageT> {
  requirePermission(ctx, 'outbox.read');
  const rows = await ctx.db
    .select({
      id: mailMessages.id,
      to: mailMessages.to,
      subject: mailMessages.subject,
      template: mailMessages.template,
      status: mailMessages.status,
      createdAt: mailMessages.createdAt,
      linkHidden: mailMessages.linkHidden,
    })
    .from(mailMessages)
    .where(ofOrg(ctx, mailMessages))
    .orderBy(desc(mailMessages.createdAt), desc(mailMessages.id))
    .limit(PAGE_SIZE)
    .offset((input.page - 1) * PAGE_SIZE);
  const [{ n }] = await ctx.db.select({ n: count() }).from(mailMessages).where(ofOrg(ctx, mailMessages));
  return {
    items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
    page: input.page,
    pageSize: PAGE_SIZE,
    total: n,
  };
}
