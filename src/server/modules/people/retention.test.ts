import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import type { ImportStatusT } from './contract';
import { purgeImportPayloadsJob } from './jobs';
import { purgeImportPayloads } from './purge-import-payloads';
import { type ImportRow, peopleImports } from './schema';

const HOUR = 3600_000;

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform({ retentionDays: { imports: 1 } });
});
afterAll(async () => tp.close());

const fileRows: ImportRow[] = [
  { row: 2, name: 'Ada Rossi', email: 'ada@example.test', department: 'Vendite' },
  { row: 3, name: 'Bruno Bianchi', email: 'bruno@example.test', roles: ['editor'] },
];

/** An import of a fresh organisation in `status`, finished (or, if still open, created) `ageMs` ago. */
async function importOf(status: ImportStatusT, ageMs: number) {
  const org = await createOrg(tp);
  const at = new Date(Date.now() - ageMs);
  const finished = status === 'done' || status === 'failed';
  const [row] = await tp.platform.db
    .insert(peopleImports)
    .values({
      orgId: org.id,
      status,
      total: 3,
      valid: 2,
      processed: finished ? 2 : 0,
      created: finished ? 1 : 0,
      updated: finished ? 1 : 0,
      rows: fileRows,
      errors: [{ row: 4, email: 'non-valida', code: 'invalid_email' }],
      createdAt: new Date(at.getTime() - HOUR),
      finishedAt: finished ? at : null,
    })
    .returning();
  return row;
}

async function reread(ids: string[]) {
  const rows = await tp.platform.db.select().from(peopleImports).where(inArray(peopleImports.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

describe('rows of finished imports after the retention period', () => {
  it('empties the file rows of imports finished more than a day ago and keeps their report', async () => {
    const done = await importOf('done', 24 * HOUR + HOUR);
    const failed = await importOf('failed', 3 * 24 * HOUR);
    const recent = await importOf('done', 24 * HOUR - HOUR);
    // Still needed by the job (or by the confirmation): never touched, whatever their age.
    const preview = await importOf('preview', 3 * 24 * HOUR);
    const running = await importOf('running', 3 * 24 * HOUR);

    await purgeImportPayloads(tp.platform);

    const after = await reread([done.id, failed.id, recent.id, preview.id, running.id]);
    for (const old of [done, failed]) {
      const { rows, ...report } = after.get(old.id) ?? old;
      expect(rows).toEqual([]);
      const { rows: _, ...before } = old;
      expect(report).toEqual(before);
    }
    for (const kept of [recent, preview, running]) expect(after.get(kept.id)?.rows).toEqual(fileRows);
  });

  it('works in batches: a cap smaller than what is due leaves the rest for the next run', async () => {
    const due = await Promise.all([1, 2, 3].map(() => importOf('done', 2 * 24 * HOUR)));
    expect(await purgeImportPayloads(tp.platform, { batchSize: 1, maxBatches: 2 })).toEqual({
      purged: 2,
      batches: 2,
      more: true,
    });
    const emptied = async () => [...(await reread(due.map((d) => d.id))).values()].filter((r) => r.rows.length === 0);
    expect(await emptied()).toHaveLength(2);
    await purgeImportPayloads(tp.platform, { batchSize: 1, maxBatches: 2 });
    expect(await emptied()).toHaveLength(3);
  });

  it('runs as a scheduled job', async () => {
    expect(purgeImportPayloadsJob.cron).toBeDefined();
    const due = await importOf('done', 2 * 24 * HOUR);
    await tp.platform.jobs.send(purgeImportPayloadsJob, {});
    await tp.platform.jobs.drain(tp.platform, [purgeImportPayloadsJob.name]);
    expect((await reread([due.id])).get(due.id)?.rows).toEqual([]);
  });
});
