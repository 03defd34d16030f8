import { and, eq, lt, sql } from 'drizzle-orm';
import { z } from 'zod';
import { defineJob } from '../../platform/jobs';
import type { Platform } from '../../platform/platform';
import { applyImport } from './apply-import';
import { peopleImports } from './schema';

export const importPeople = defineJob({
  name: 'people.import',
  schema: z.object({ orgId: z.string().uuid(), importId: z.string().uuid() }),
  retryLimit: 3,
  handle: async (platform, data) => applyImport(platform, data.orgId, data.importId),
});

/** Safety net: a confirmed import whose trigger was lost (crash between commit and send) is sent again. */
export async function resendStuckImports(platform: Platform): Promise<void> {
  const stuck = await platform.db
    .select({ id: peopleImports.id, orgId: peopleImports.orgId })
    .from(peopleImports)
    .where(and(eq(peopleImports.status, 'queued'), lt(peopleImports.createdAt, sql`now() - interval '5 minutes'`)));
  for (const s of stuck)
    await platform.jobs.send(importPeople, { orgId: s.orgId, importId: s.id }, { singletonKey: `people-import:${s.id}` });
}

export const importSweep = defineJob({
  name: 'people.import-sweep',
  schema: z.object({}),
  cron: '*/5 * * * *',
  handle: async (platform) => resendStuckImports(platform),
});
