import { and, eq, lt, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { systemCtx } from '../../platform/ctx';
import { defineJob } from '../../platform/jobs';
import type { Platform } from '../../platform/platform';
import { applyImport } from './apply-import';
import { abandoned, MAX_IMPORT_ATTEMPTS } from './import-claim';
import { failImport } from './import-outcome';
import { purgeImportPayloads } from './purge-import-payloads';
import { peopleImports } from './schema';

/**
 * Applies a confirmed import. `short`: one waiting job per import (confirm and sweep may both send it). That only
 * spares work: applying at most once at a time is the claim's guarantee (see import-claim.ts), not the queue's.
 */
export const importPeople = defineJob({
  name: 'people.import',
  schema: z.object({ orgId: z.string().uuid(), importId: z.string().uuid() }),
  policy: 'short',
  retryLimit: MAX_IMPORT_ATTEMPTS,
  handle: async (platform, data) => applyImport(platform, data.orgId, data.importId),
});

export const sendImportJob = (platform: Platform, orgId: string, importId: string) =>
  platform.jobs.send(importPeople, { orgId, importId }, { singletonKey: `people-import:${importId}` });

/**
 * Safety net, so no import waits or runs forever: one whose trigger was lost (crash between commit and send), or
 * whose worker died (its lease ran out), is sent again; one abandoned with no attempts left is marked failed.
 */
export async function sweepImports(platform: Platform): Promise<void> {
  const lost = and(eq(peopleImports.status, 'queued'), lt(peopleImports.createdAt, sql`now() - interval '5 minutes'`));
  const stuck = await platform.db
    .select({ id: peopleImports.id, orgId: peopleImports.orgId, attempts: peopleImports.attempts })
    .from(peopleImports)
    .where(or(lost, abandoned))
    .limit(500);
  for (const s of stuck)
    if (s.attempts >= MAX_IMPORT_ATTEMPTS) await failImport(systemCtx(platform, s.orgId), s.id, null, 'interrupted');
    else await sendImportJob(platform, s.orgId, s.id);
}

export const importSweep = defineJob({
  name: 'people.import-sweep',
  schema: z.object({}),
  cron: '*/5 * * * *',
  handle: async (platform) => sweepImports(platform),
});

/** Retention: empties the rows of finished imports after IMPORT_RETENTION_DAYS (see purge-import-payloads.ts). */
export const purgeImportPayloadsJob = defineJob({
  name: 'people.purge-import-payloads',
  schema: z.object({}),
  cron: '20 * * * *',
  handle: async (platform) => {
    await purgeImportPayloads(platform);
  },
});
