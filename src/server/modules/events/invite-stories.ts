import { sql } from 'drizzle-orm';
import { systemCtx } from '../../platform/ctx';
import type { Platform } from '../../platform/platform';
import { listOrgPeople } from '../people';
import { type After, queueEventMails, storyUrl } from './mail';

/**
 * After an event has ended, its attendees (checked in; if nobody was checked in, everyone confirmed) are invited to
 * tell it with a story. The event is claimed by a conditional update of `stories_invited_at` in the transaction that
 * writes the e-mails: never invited twice. Events that ended more than a week ago are not invited any more.
 */
export async function inviteStories(platform: Platform): Promise<number> {
  const { count, steps } = await platform.db.transaction(async (tx) => {
    const { rows } = await tx.execute<{ id: string; org_id: string; title_it: string; title_en: string }>(sql`
      update events set stories_invited_at = now()
       where id in (select id from events where status = 'published' and stories_invited_at is null
                      and ends_at <= now() and ends_at > now() - interval '7 days' limit 50)
         and stories_invited_at is null
      returning id, org_id, title_it, title_en`);
    const steps: After[] = [];
    for (const e of rows) {
      const ctx = { ...systemCtx(platform, e.org_id), db: tx };
      const { rows: who } = await tx.execute<{ person_id: string }>(sql`
        select person_id from event_registrations
         where event_id = ${e.id} and status = 'confirmed'
           and (checked_in_at is not null
                or not exists (select 1 from event_registrations x where x.event_id = ${e.id} and x.checked_in_at is not null))`);
      const people = await listOrgPeople(ctx, { ids: who.map((w) => w.person_id) });
      steps.push(
        await queueEventMails(ctx, 'event_story_invite', people, (locale) => ({
          title: locale === 'en' ? e.title_en : e.title_it,
          url: storyUrl(platform, e.id),
        })),
      );
    }
    return { count: rows.length, steps };
  });
  for (const s of steps) await s(platform);
  return count;
}
