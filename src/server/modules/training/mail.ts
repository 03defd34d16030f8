import type { Ctx } from '../../platform/ctx';
import { isLocale, type Locale, t } from '../../platform/i18n';
import { queueMail } from '../mail';
import type { After } from './after-commit';

type Recipient = { email: string; name: string; locale: string };
type TrainingMail = 'training_nudge' | 'training_reminder' | 'training_approval' | 'training_promoted' | 'training_overdue';

export const localeOf = (p: { locale: string }): Locale => (isLocale(p.locale) ? p.locale : 'it');

/** Where Voce's training pages are: links in e-mails open them (the person signs in as usual). */
export const trainingUrl = (ctx: Pick<Ctx, 'platform'>, trainingId: string, via?: string) =>
  `${ctx.platform.config.publicUrl}/training/${trainingId}${via ? `?via=${via}` : ''}`;

/**
 * Session times in e-mails, in the recipient's language. Voce has no time zone per organisation yet; its users are
 * Italian companies first, so times are shown for Europe/Rome (the .ics file carries the exact instant).
 */
export function formatWhen(locale: Locale, at: Date): string {
  return new Intl.DateTimeFormat(locale === 'it' ? 'it-IT' : 'en-GB', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'Europe/Rome',
  }).format(at);
}

/** Writes one of the module's e-mails in the caller's transaction; the returned step enqueues it after commit. */
export async function queueTrainingMail(
  ctx: Ctx,
  template: TrainingMail,
  to: Recipient,
  vars: Record<string, string> & { url: string },
): Promise<After> {
  const locale = localeOf(to);
  const queued = await queueMail(ctx.platform, ctx.db, {
    orgId: ctx.orgId,
    to: to.email,
    template,
    locale,
    vars: { name: to.name, ...vars },
  });
  return (platform) => queued.enqueue(platform).then(() => undefined);
}

export const say = (locale: Locale, key: string, params?: Record<string, unknown>) => t(locale, `training:${key}`, params);

/** A file name part that any HTTP header and file system accepts: accents dropped, the rest hyphens. */
export const asciiSlug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .slice(0, 40)
    .replace(/^-|-$/g, '');
