import { and, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { Platform } from '../../platform/platform';
import { daysAgo, type PurgeLimits, type PurgeResult, purgeInBatches, retentionDays, updateDue } from '../../platform/retention';
import { peopleImports } from './schema';

/**
 * Finished imports (done or failed) whose file rows (names, e-mails, roles of every line) are older than the period.
 * Rows already emptied are not due again. Previews and imports still queued or running keep their rows: the job
 * needs them.
 */
export function importPayloadsDue(days: number): SQL {
  return and(
    inArray(peopleImports.status, ['done', 'failed']),
    lt(sql`coalesce(${peopleImports.finishedAt}, ${peopleImports.createdAt})`, daysAgo(days)),
    sql`${peopleImports.rows} <> '[]'::jsonb`,
  ) as SQL;
}

/** Empties the rows; the import's counts and errors stay, so its report still reads the same. */
export const importPayloadsStep = (days: number) =>
  updateDue(peopleImports, peopleImports.id, { rows: [] }, importPayloadsDue(days));

export function purgeImportPayloads(platform: Platform, limits?: PurgeLimits): Promise<PurgeResult> {
  return purgeInBatches(platform, 'people.import-payloads', importPayloadsStep(retentionDays(platform.config).imports), limits);
}
