import { z } from 'zod';
import { defineJob } from '../../platform/jobs';
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
