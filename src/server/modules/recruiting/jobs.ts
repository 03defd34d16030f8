import { z } from 'zod';
import { defineJob } from '../../platform/jobs';
import { purgeStaleUploads } from '../../platform/uploads';
import { remindInterviews } from './interview-sweeps';
import { forgetReferrerVisitors } from './referrer-visitor';
import { awardSharePoints } from './share-points';
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

export const interviewReminderJob = defineJob({
  name: 'recruiting.interview-reminders',
  schema: Empty,
  cron: '*/15 * * * *',
  handle: async (platform) => {
    await remindInterviews(platform);
  },
});

// Resumable uploads nobody finished within a day (a closed tab, a lost phone): bytes and rows go.
export const staleUploadsJob = defineJob({
  name: 'recruiting.stale-uploads',
  schema: Empty,
  cron: '23 * * * *',
  handle: async (platform) => {
    await purgeStaleUploads(platform);
  },
});

// The share rung, a few minutes after a job was shared; and the referrers' browser hashes of past days dropped.
export const sharePointsJob = defineJob({
  name: 'recruiting.share-points',
  schema: Empty,
  cron: '*/10 * * * *',
  handle: async (platform) => {
    await awardSharePoints(platform);
    await forgetReferrerVisitors(platform.db);
  },
});

export const recruitingJobs = [
  sharePointsJob,
  candidateRetentionJob,
  referralReminderJob,
  referralPurgeJob,
  interviewReminderJob,
  staleUploadsJob,
];
