import type { Ctx } from '../../platform/ctx';
import { isLocale } from '../../platform/i18n';
import type { Platform } from '../../platform/platform';
import { queueMails } from '../mail';

/** The programme's e-mail templates (mail/templates.ts, texts in the mail catalogue). */
export type ProgrammeTemplate =
  | 'programme_nomination'
  | 'programme_accepted'
  | 'programme_waitlisted'
  | 'programme_declined'
  | 'programme_invitation'
  | 'programme_guidelines'
  | 'programme_guidelines_minor'
  | 'programme_reminder'
  | 'programme_suspended'
  | 'programme_term_ended'
  | 'programme_valanga';

export type Notice = {
  to: { email: string; name: string; locale: string };
  template: ProgrammeTemplate;
  vars: Record<string, string>;
  /** The page of Voce the e-mail's button opens. */
  path: string;
};

export type AfterCommit = (platform: Platform) => Promise<void>;

/** Writes the e-mails in the caller's transaction; the returned function queues their sending after commit. */
export async function queueNotices(ctx: Ctx, notices: Notice[]): Promise<AfterCommit> {
  const pending: AfterCommit[] = [];
  for (let i = 0; i < notices.length; i += 1000) {
    const batch = notices.slice(i, i + 1000).map((n) => ({
      orgId: ctx.orgId,
      to: n.to.email,
      template: n.template,
      locale: isLocale(n.to.locale) ? n.to.locale : ('it' as const),
      vars: { name: n.to.name, ...n.vars, url: `${ctx.platform.config.publicUrl}${n.path}` },
    }));
    const { enqueue } = await queueMails(ctx.platform, ctx.db, batch);
    pending.push(enqueue);
  }
  return async (platform) => {
    for (const p of pending) await p(platform);
  };
}
