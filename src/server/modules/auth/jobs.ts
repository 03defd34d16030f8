import { z } from 'zod';
import { defineJob } from '../../platform/jobs';
import { purgeExpiredAccess } from './purge-expired-access';

/** Retention: expired sessions and reset tokens, old invitations (see purge-expired-access.ts). */
export const purgeExpiredAccessJob = defineJob({
  name: 'auth.purge-expired',
  schema: z.object({}),
  cron: '30 * * * *',
  handle: async (platform) => {
    await purgeExpiredAccess(platform);
  },
});
