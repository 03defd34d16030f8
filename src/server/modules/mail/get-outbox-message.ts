import { eq } from 'drizzle-orm';
import { type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import { notFound } from '../../platform/errors';
import { t } from '../../platform/i18n';
import type { OutboxMessageT } from './contract';
import { mailMessages } from './schema';
import { HIDDEN_LINK } from './templates';

/**
 * One e-mail with its text and HTML, so an administrator can follow its link (e.g. an invitation). A link that
 * grants access to a login was never stored in clear: the reader sees a note in its place (HTML: a link to nowhere).
 */
export async function getOutboxMessage({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<OutboxMessageT> {
  requirePermission(ctx, 'outbox.read');
  const [m] = await ctx.db
    .select()
    .from(mailMessages)
    .where(ofOrg(ctx, mailMessages, eq(mailMessages.id, input.id)));
  if (!m) throw notFound('message');
  const note = t(ctx.locale, 'mail:hidden_link');
  return {
    id: m.id,
    to: m.to,
    subject: m.subject,
    template: m.template,
    status: m.status,
    createdAt: m.createdAt.toISOString(),
    linkHidden: m.linkHidden,
    text: m.text.replaceAll(HIDDEN_LINK, note),
    html: m.html.replaceAll(`href="${HIDDEN_LINK}"`, 'href="#"').replaceAll(HIDDEN_LINK, note),
    attempts: m.attempts,
    error: m.error,
    sentAt: m.sentAt?.toISOString() ?? null,
  };
}
