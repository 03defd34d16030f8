import { and, eq, lt, sql } from 'drizzle-orm';
import { z } from 'zod';
import { defineJob } from '../../platform/jobs';
import type { Platform } from '../../platform/platform';
import { escalateOverdue } from './escalate-overdue';
import { trainingMailings } from './schema';
import { MAX_MAILING_ATTEMPTS, sendMailing } from './send-mailing';
import { sendReminders } from './send-reminders';

const Empty = z.object({});

// `short`: one waiting trigger per mailing. A second run is harmless (sendMailing claims the row; people already
// mailed are skipped), the policy only keeps duplicates out of the queue.
export const campaignMailJob = defineJob({
  name: 'training.campaign-mail',
  schema: z.object({ mailingId: z.string().uuid() }),
  policy: 'short',
  retryLimit: MAX_MAILING_ATTEMPTS,
  handle: (platform, data) => sendMailing(platform, data.mailingId),
});

const STUCK_MS = 15 * 60_000;

/**
 * Mailings whose trigger was lost are sent again; those whose worker died (running for too long) start again if they
 * have attempts left, or are marked failed ("interrupted"), which the campaign page shows.
 */
export async function sweepMailings(platform: Platform): Promise<void> {
  const stuck = new Date(Date.now() - STUCK_MS);
  await platform.db
    .update(trainingMailings)
    .set({ status: 'failed', failure: 'interrupted', finishedAt: new Date() })
    .where(
      and(
        eq(trainingMailings.status, 'running'),
        lt(trainingMailings.startedAt, stuck),
        sql`${trainingMailings.attempts} >= ${MAX_MAILING_ATTEMPTS}`,
      ),
    );
  await platform.db
    .update(trainingMailings)
    .set({ status: 'queued' })
    .where(and(eq(trainingMailings.status, 'running'), lt(trainingMailings.startedAt, stuck)));
  const waiting = await platform.db
    .select({ id: trainingMailings.id })
    .from(trainingMailings)
    .where(and(eq(trainingMailings.status, 'queued'), lt(trainingMailings.createdAt, new Date(Date.now() - 60_000))));
  for (const w of waiting) await platform.jobs.send(campaignMailJob, { mailingId: w.id }, { singletonKey: w.id });
}

export const mailingSweepJob = defineJob({
  name: 'training.mailing-sweep',
  schema: Empty,
  cron: '*/5 * * * *',
  handle: sweepMailings,
});

/** Reminders of tomorrow's sessions: at most once per enrolment (send-reminders.ts claims each row). */
export const remindersJob = defineJob({
  name: 'training.reminders',
  schema: Empty,
  cron: '*/15 * * * *',
  handle: async (platform) => {
    await sendReminders(platform);
  },
});

/** Overdue mandatory trainings reported to managers: at most once per training and person. */
export const overdueJob = defineJob({
  name: 'training.overdue',
  schema: Empty,
  cron: '7 * * * *',
  handle: async (platform) => {
    await escalateOverdue(platform);
  },
});

export const trainingJobs = [campaignMailJob, mailingSweepJob, remindersJob, overdueJob];
