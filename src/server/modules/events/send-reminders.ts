import { sql } from 'drizzle-orm';
import { systemCtx } from '../../platform/ctx';
import { t } from '../../platform/i18n';
import type { Platform } from '../../platform/platform';
import { listOrgPeople } from '../people';
import { eventUrl, formatWhen, queueEventMails } from './mail';
import { toLocal } from './zoned-time';

type Due = {
  id: string;
  org_id: string;
  person_id: string;
  event_id: string;
  title_it: string;
  title_en: string;
  starts_at: string;
  time_zone: string;
  place: string | null;
};

/**
 * Reminds confirmed people of a published event "the day before": from midnight of the eve on the event's own clocks
 * (its zone, by default the organisation's), so a 9:00 event is reminded the whole day before, across a DST change
 * too, and one set up at short notice is reminded at once (its subject then says "today"). Each registration is claimed by a
 * conditional update (`reminder_sent_at` from null to now) in the transaction that writes its e-mail: a sweep run
 * twice, or two at once, never sends a reminder twice.
 */
export async function sendReminders(platform: Platform, at = new Date()): Promise<number> {
  const now = at.toISOString();
  const { count, steps } = await platform.db.transaction(async (tx) => {
    const { rows } = await tx.execute<Due>(sql`
      update event_registrations r set reminder_sent_at = ${now}::timestamptz
        from events e
       where r.id in (
               select r2.id from event_registrations r2 join events e2 on e2.id = r2.event_id
                where r2.status = 'confirmed' and r2.reminder_sent_at is null and e2.status = 'published'
                  and e2.starts_at > ${now}::timestamptz
                  and (${now}::timestamptz at time zone e2.time_zone)::date >= (e2.starts_at at time zone e2.time_zone)::date - 1
                limit 500)
         and r.reminder_sent_at is null and e.id = r.event_id
      returning r.id, r.org_id, r.person_id, r.event_id, e.title_it, e.title_en, e.starts_at::text, e.time_zone,
                coalesce(e.address, e.site) as place`);
    const steps = [];
    for (const r of rows) {
      const ctx = { ...systemCtx(platform, r.org_id), db: tx };
      const today = sameDay(at, new Date(r.starts_at), r.time_zone);
      const people = await listOrgPeople(ctx, { ids: [r.person_id] });
      steps.push(
        await queueEventMails(ctx, 'event_reminder', people, (locale) => ({
          title: locale === 'en' ? r.title_en : r.title_it,
          day: t(locale, today ? 'mail:event_reminder.today' : 'mail:event_reminder.tomorrow'),
          when: formatWhen(locale, new Date(r.starts_at), r.time_zone),
          where: r.place ? ` — ${r.place}` : '',
          url: eventUrl(platform, r.event_id),
        })),
      );
    }
    return { count: rows.length, steps };
  });
  // After commit: on PGlite a query outside the open transaction would wait for it.
  for (const s of steps) await s(platform);
  return count;
}

const sameDay = (a: Date, b: Date, zone: string) => toLocal(a, zone).slice(0, 10) === toLocal(b, zone).slice(0, 10);
