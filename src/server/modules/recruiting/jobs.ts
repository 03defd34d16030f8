import { z } from 'zod';
import { defineJob } from '../../platform/jobs';
import { purgeExpiredCandidates, purgeUnansweredReferrals, remindReferrals } from './sweeps';

const Empty = z.object({});

// Sweeps on a schedule (short queues, keyed by name): each is harmless run twice (SKIP LOCKED batches; reminders
// claimed by a conditional update). A failed run is logged and the next tick carries on; nothing here was started by
// a person waiting for it, so there is no row to show a failure on.
export const candidateRetentionJob = defineJob({
  name: 'recruiting.candidate-retention',
  schema: Empty,
  cron: '17 * * * *',
  handle: async (platform) => {
    await purgeExpiredCandidates(platform);
  },
});

export const referralReminderJob = defineJob({
  name: 'recruiting.referral-reminders',
  schema: Empty,
  cron: '*/30 * * * *',
  handle: async (platform) => {
    await remindReferrals(platform);
  },
});

export const referralPurgeJob = defineJob({
  name: 'recruiting.referral-purge',
  schema: Empty,
  cron: '41 3 * * *',
  handle: async (platform) => {
    await purgeUnansweredReferrals(platform);
  },
});

export const recruitingJobs = [candidateRetentionJob, referralReminderJob, referralPurgeJob];
