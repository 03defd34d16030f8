import type { DbOrTx } from '../../platform/db/client';
import type { Locale } from '../../platform/i18n';
import type { Platform } from '../../platform/platform';
import { sendMailBatchJob, sendMailJob } from './jobs';
import { mailMessages } from './schema';
import { seal } from './seal';
import { HIDDEN_LINK, hidesLink, renderMail, type Template } from './templates';

export type QueueMailInput = {
  orgId: string | null;
  to: string;
  template: Template;
  locale: Locale;
  vars: Record<string, string> & { url: string };
};

/**
 * The row to store. A link that grants access to a login is never written in clear: the text and HTML carry a
 * placeholder and the link itself is sealed with the platform secret until the message is sent.
 */
function rowOf(secret: string, i: QueueMailInput) {
  const base = { orgId: i.orgId, to: i.to, template: i.template };
  if (!hidesLink(i.template)) return { ...base, ...renderMail(i.template, i.locale, i.vars) };
  return {
    ...base,
    ...renderMail(i.template, i.locale, { ...i.vars, url: HIDDEN_LINK }),
    linkHidden: true,
    sealed: seal(secret, i.vars.url),
  };
}

/**
 * Writes the message in the caller's transaction (db), then returns a function that enqueues the send job:
 * call it after commit. If the process dies in between, the sweep job sends it.
 */
export async function queueMail(platform: Platform, db: DbOrTx, input: QueueMailInput) {
  const [row] = await db.insert(mailMessages).values(rowOf(platform.config.secret, input)).returning({ id: mailMessages.id });
  return {
    id: row.id,
    // Sending twice is harmless (sendOne claims the message once); the key keeps it to one waiting job.
    enqueue: (p: Platform) => p.jobs.send(sendMailJob, { messageId: row.id }, { singletonKey: row.id }),
  };
}

/** Many messages at once (at most 1000 per call): one insert, and one send job for the whole batch after commit. */
export async function queueMails(platform: Platform, db: DbOrTx, inputs: QueueMailInput[]) {
  if (inputs.length > 1000) throw new Error('queueMails: at most 1000 messages per call');
  const rows =
    inputs.length === 0
      ? []
      : await db
          .insert(mailMessages)
          .values(inputs.map((i) => rowOf(platform.config.secret, i)))
          .returning({ id: mailMessages.id });
  const ids = rows.map((r) => r.id);
  return {
    ids,
    enqueue: async (p: Platform) => {
      if (ids.length > 0) await p.jobs.send(sendMailBatchJob, { messageIds: ids });
    },
  };
}
