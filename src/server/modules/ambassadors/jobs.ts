import { z } from 'zod';
import { defineJob } from '../../platform/jobs';
import { awardPoints, recognitionOrgs } from './award-points';
import { closeTerm, dueCohorts, startDueCohorts } from './close-term';
import { offboardDeactivated } from './offboard';
import { sendReminders } from './reminders';

/**
 * Ends one cohort's term. `short` with the cohort id as key: a second trigger while one waits is dropped; a second
 * run anyway (retry, sweep, another process) finds the cohort already ended (closeTerm claims it) and does nothing.
 */
export const closeTermJob = defineJob({
  name: 'ambassadors.close-term',
  schema: z.object({ cohortId: z.string().uuid() }),
  policy: 'short',
  retryLimit: 3,
  async handle(platform, { cohortId }) {
    await closeTerm(platform, cohortId);
  },
});

/** Hourly: planned cohorts start, finished ones are closed (one job each). */
export const termSweepJob = defineJob({
  name: 'ambassadors.term-sweep',
  schema: z.object({}),
  cron: '10 * * * *',
  async handle(platform) {
    await startDueCohorts(platform);
    for (const cohortId of await dueCohorts(platform))
      await platform.jobs.send(closeTermJob, { cohortId }, { singletonKey: cohortId });
  },
});

/** Daily at 8:00 UTC: readiness and guidelines reminders, each at most once (see reminders.ts). */
export const remindersJob = defineJob({
  name: 'ambassadors.reminders',
  schema: z.object({}),
  cron: '0 8 * * *',
  async handle(platform) {
    await sendReminders(platform);
  },
});

/** Every 10 minutes: deactivated members leave the programme; key voices raise the valanga alert. */
export const offboardJob = defineJob({
  name: 'ambassadors.offboard-sweep',
  schema: z.object({}),
  cron: '*/10 * * * *',
  async handle(platform) {
    await offboardDeactivated(platform);
  },
});

/** Hourly: points from committed shares, quizzes and clicks (never in the redirect path), idempotent by source key. */
export const pointsJob = defineJob({
  name: 'ambassadors.points',
  schema: z.object({}),
  cron: '20 * * * *',
  async handle(platform) {
    // One organisation failing (its error is on its settings, for comms to see) does not stop the others.
    for (const orgId of await recognitionOrgs(platform))
      await awardPoints(platform, orgId).catch((err: unknown) =>
        platform.logger.error({ err, job: 'ambassadors.points' }, 'points failed'),
      );
  },
});

export const ambassadorJobs = [closeTermJob, termSweepJob, remindersJob, offboardJob, pointsJob];
