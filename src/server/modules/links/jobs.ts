import { z } from 'zod';
import { defineJob } from '../../platform/jobs';
import { purgeOldClicks as purgeClicks } from './purge-clicks';
import { rollClosedHours } from './roll-clicks';
import { forgetOldSalts } from './salts';

/** Hourly, so a salt never outlives its purpose by much: yesterday's visitors cannot be re-identified tomorrow. */
export const forgetSalts = defineJob({
  name: 'links.forget-salts',
  schema: z.object({}).passthrough(),
  cron: '7 * * * *',
  async handle(platform) {
    const n = await forgetOldSalts(platform.db);
    if (n > 0) platform.logger.info({ salts: n }, 'old visitor salts deleted');
  },
});

/** Retention: raw clicks older than CLICK_RETENTION_DAYS, batched and capped (see purge-clicks.ts). */
export const purgeOldClicks = defineJob({
  name: 'links.purge-old-clicks',
  schema: z.object({}).passthrough(),
  cron: '37 * * * *',
  async handle(platform) {
    await purgeClicks(platform);
  },
});

/**
 * Every minute: counts the clicks of closed hours into the rollups (roll-clicks.ts). Once-only by the watermark moved
 * under a lock, so a second process, a retry or a late run never counts an hour twice; after downtime it catches up.
 * A failure is logged and retried by the next tick; meanwhile dashboards still see the uncounted hours live.
 */
export const rollClicks = defineJob({
  name: 'links.roll-clicks',
  schema: z.object({}).passthrough(),
  cron: '* * * * *',
  retryLimit: 0,
  async handle(platform) {
    const r = await rollClosedHours(platform.database);
    if (r.hours > 0) platform.logger.info({ hours: r.hours, clicks: r.clicks }, 'clicks rolled up');
  },
});
