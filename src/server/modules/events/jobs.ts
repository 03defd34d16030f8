import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { systemCtx } from '../../platform/ctx';
import { defineJob } from '../../platform/jobs';
import type { Platform } from '../../platform/platform';
import { inviteStories } from './invite-stories';
import { promoteWaitlist } from './promote-waitlist';
import { sendReminders } from './send-reminders';

/** Promotes the first people waiting for an event and writes their e-mails (idempotent: promote-waitlist.ts). */
export async function promoteEvent(platform: Platform, orgId: string, eventId: string): Promise<void> {
  const after = await platform.db.transaction((tx) => promoteWaitlist({ ...systemCtx(platform, orgId), db: tx }, eventId));
  await after(platform);
}

// `short`: one waiting trigger per event; a second run finds no free seat or nobody waiting and does nothing.
export const promoteJob = defineJob({
  name: 'events.promote',
  schema: z.object({ orgId: z.string().uuid(), eventId: z.string().uuid() }),
  policy: 'short',
  handle: (platform, data) => promoteEvent(platform, data.orgId, data.eventId),
});

/** Events with a free seat and people waiting (a lost trigger, a capacity raised): promoted within a minute. */
export async function sweepPromotions(platform: Platform): Promise<void> {
  const { rows } = await platform.db.execute<{ id: string; org_id: string }>(sql`
    select e.id, e.org_id from events e
     where e.status = 'published' and e.starts_at > now()
       and exists (select 1 from event_registrations w where w.event_id = e.id and w.status = 'waiting')
       and (select count(*) from event_registrations c where c.event_id = e.id and c.status = 'confirmed') < e.capacity
     limit 200`);
  for (const r of rows) await promoteEvent(platform, r.org_id, r.id);
}

export const promoteSweepJob = defineJob({
  name: 'events.promote-sweep',
  schema: z.object({}),
  cron: '* * * * *',
  handle: sweepPromotions,
});

/** Reminders the day before: at most once per registration (send-reminders.ts claims each row). */
export const remindersJob = defineJob({
  name: 'events.reminders',
  schema: z.object({}),
  cron: '*/15 * * * *',
  handle: async (platform) => {
    await sendReminders(platform);
  },
});

/** After the event, attendees are invited to tell it: once per event (invite-stories.ts claims the event). */
export const storyInvitesJob = defineJob({
  name: 'events.story-invites',
  schema: z.object({}),
  cron: '*/15 * * * *',
  handle: async (platform) => {
    await inviteStories(platform);
  },
});

export const eventsJobs = [promoteJob, promoteSweepJob, remindersJob, storyInvitesJob];
