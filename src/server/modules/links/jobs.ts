import { z } from 'zod';
import { defineJob } from '../../platform/jobs';
import { purgeOldClicks as purgeClicks } from './purge-clicks';
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
