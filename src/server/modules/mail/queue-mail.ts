import type { DbOrTx } from '../../platform/db/client';
import type { Locale } from '../../platform/i18n';
import type { Platform } from '../../platform/platform';
import { sendMailBatchJob, sendMailJob } from './jobs';
import { mailMessages } from './schema';
import { renderMail, type Template } from './templates';

export type QueueMailInput = {
  orgId: string | null;
  to: string;
  template: Template;
  locale: Locale;
  vars: Record<string, string> & { url: string };
};

/**
 * Writes the message in the caller's transaction (db), then returns a function that enqueues the send job:
 * call it after commit. If the process dies in between, the sweep job sends it.
 */
export async function queueMail(db: DbOrTx, input: QueueMailInput) {
  const rendered = renderMail(input.template, input.locale, input.vars);
  const [row] = await db
    .insert(mailMessages)
    .values({ orgId: input.orgId, to: input.to, template: input.template, ...rendered })
    .returning({ id: mailMessages.id });
  return {
    id: row.id,
    enqueue: (platform: Platform) => platform.jobs.send(sendMailJob, { messageId: row.id }, { singletonKey: row.id }),
  };
}

/** Many messages at once (at most 1000 per call): one insert, and one send job for the whole batch after commit. */
export async function queueMails(db: DbOrTx, inputs: QueueMailInput[]) {
  if (inputs.length > 1000) throw new Error('queueMails: at most 1000 messages per call');
  const rows =
    inputs.length === 0
      ? []
      : await db
          .insert(mailMessages)
          .values(
            inputs.map((i) => ({ orgId: i.orgId, to: i.to, template: i.template, ...renderMail(i.template, i.locale, i.vars) })),
          )
          .returning({ id: mailMessages.id });
  const ids = rows.map((r) => r.id);
  return {
    ids,
    enqueue: async (platform: Platform) => {
      if (ids.length > 0) await platform.jobs.send(sendMailBatchJob, { messageIds: ids });
    },
  };
}
