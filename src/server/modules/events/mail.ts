import type { Ctx } from '../../platform/ctx';
import type { Tx } from '../../platform/db/client';
import { isLocale, type Locale } from '../../platform/i18n';
import type { Platform } from '../../platform/platform';
import { queueMails } from '../mail';
import type { OrgPerson } from '../people';
import type { EventRow } from './rows';

/** Work to do once the transaction has committed (enqueueing the e-mails it wrote). */
export type After = (platform: Platform) => Promise<void>;
export const nothingAfter: After = async () => {};

type EventMail = 'event_promoted' | 'event_reminder' | 'event_story_invite' | 'event_swap_approval';

export const localeOf = (p: { locale: string }): Locale => (isLocale(p.locale) ? p.locale : 'it');

export const eventUrl = (platform: Platform, eventId: string) => `${platform.config.publicUrl}/events/${eventId}`;
export const swapsUrl = (platform: Platform) => `${platform.config.publicUrl}/events/swaps`;
/** The stories helper's submit page, with the event preselected. */
export const storyUrl = (platform: Platform, eventId: string) => `${platform.config.publicUrl}/stories/new?event=${eventId}`;

export const titleOf = (e: Pick<EventRow, 'titleIt' | 'titleEn'>, locale: Locale) => (locale === 'en' ? e.titleEn : e.titleIt);

/** Event times in the recipient's language and the event's own zone (the .ics file carries the exact instant). */
export function formatWhen(locale: Locale, at: Date, zone: string): string {
  return new Intl.DateTimeFormat(locale === 'it' ? 'it-IT' : 'en-GB', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: zone,
  }).format(at);
}

/** Writes one e-mail per recipient in the caller's transaction; the returned step enqueues them after commit. */
export async function queueEventMails(
  ctx: Pick<Ctx, 'orgId' | 'platform'> & { db: Tx },
  template: EventMail,
  to: OrgPerson[],
  vars: (locale: Locale) => Record<string, string> & { url: string },
): Promise<After> {
  if (to.length === 0) return nothingAfter;
  const queued = await queueMails(
    ctx.platform,
    ctx.db,
    to.map((p) => {
      const locale = localeOf(p);
      return { orgId: ctx.orgId, to: p.email, template, locale, vars: { name: p.name, ...vars(locale) } };
    }),
  );
  return async (platform) => {
    await queued.enqueue(platform);
  };
}
