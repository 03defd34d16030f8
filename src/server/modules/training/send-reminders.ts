import { sql } from 'drizzle-orm';
import { systemCtx } from '../../platform/ctx';
import type { Platform } from '../../platform/platform';
import { queueMails } from '../mail';
import { listOrgPeople } from '../people';
import { formatWhen, localeOf, trainingUrl } from './mail';

const BATCH = 500;
export const REMINDER_HOURS = 24;

type Due = {
  id: string;
  org_id: string;
  person_id: string;
  training_id: string;
  title: string;
  starts_at: string;
  place: string | null;
  online_url: string | null;
};

/**
 * Reminds people enrolled in a session starting within the next 24 hours. Each enrolment is claimed by a conditional
 * update (`reminder_sent_at` from null to now) in the same transaction that writes its e-mail: two sweeps at once,
 * or a sweep run twice, never send a reminder twice; a crash before commit leaves it for the next sweep.
 */
export async function sendReminders(platform: Platform): Promise<number> {
  let sent = 0;
  for (;;) {
    const { count, enqueue } = await platform.db.transaction(async (tx) => {
      const { rows } = await tx.execute<Due>(sql`
        update training_enrolments e set reminder_sent_at = now()
          from training_sessions s, trainings t
         where e.id in (
                 select e2.id from training_enrolments e2 join training_sessions s2 on s2.id = e2.session_id
                  where e2.status = 'enrolled' and e2.reminder_sent_at is null and e2.completed_at is null
                    and s2.starts_at > now() and s2.starts_at <= now() + make_interval(hours => ${REMINDER_HOURS})
                  limit ${BATCH})
           and e.reminder_sent_at is null and s.id = e.session_id and t.id = e.training_id
        returning e.id, e.org_id, e.person_id, e.training_id, t.title, s.starts_at::text, s.place, s.online_url`);
      const mails = [];
      for (const orgId of new Set(rows.map((r) => r.org_id))) {
        const mine = rows.filter((r) => r.org_id === orgId);
        const people = new Map(
          (await listOrgPeople({ ...systemCtx(platform, orgId), db: tx }, { ids: mine.map((r) => r.person_id) })).map((p) => [
            p.id,
            p,
          ]),
        );
        for (const r of mine) {
          const p = people.get(r.person_id);
          if (!p) continue;
          const locale = localeOf(p);
          mails.push({
            orgId,
            to: p.email,
            template: 'training_reminder' as const,
            locale,
            vars: {
              name: p.name,
              title: r.title,
              when: formatWhen(locale, new Date(r.starts_at)),
              where: r.place ?? r.online_url ?? '',
              url: trainingUrl({ platform }, r.training_id),
            },
          });
        }
      }
      const queued = await queueMails(platform, tx, mails);
      return { count: rows.length, enqueue: queued.enqueue };
    });
    await enqueue(platform);
    sent += count;
    if (count < BATCH) return sent;
  }
}
