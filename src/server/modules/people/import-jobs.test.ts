import crypto from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOfNewOrg, type signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { auditLog } from '../audit';
import { applyImport } from './apply-import';
import type { ImportPreviewT, ImportProgressT } from './contract';
import { MAX_IMPORT_ATTEMPTS } from './import-claim';
import { sweepImports } from './jobs';
import { people, peopleImports } from './schema';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

type Api = Awaited<ReturnType<typeof signIn>>;
const preview = async (api: Api, csv: string) => {
  const res = await api.post('/api/people/imports', { csv });
  expect(res.status).toBe(200);
  return (await res.json()) as ImportPreviewT;
};
const confirm = async (api: Api, id: string) => {
  const res = await api.post(`/api/people/imports/${id}/confirm`);
  expect(res.status).toBe(200);
  return (await res.json()) as ImportProgressT;
};
const progress = async (api: Api, id: string) => (await (await api.get(`/api/people/imports/${id}`)).json()) as ImportProgressT;
const drain = () => tp.platform.jobs.drain(tp.platform, ['people.import']);
const fileOf = (n: number, domain: string) =>
  ['name,email,hire_date', ...Array.from({ length: n }, (_, i) => `Person ${i},p${i}@${domain},2020-01-0${(i % 9) + 1}`)].join(
    '\n',
  );
const countPeople = async (orgId: string) => (await tp.platform.db.select().from(people).where(eq(people.orgId, orgId))).length;
const audits = (orgId: string, action: string) =>
  tp.platform.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.orgId, orgId), eq(auditLog.action, action)));
/** Changes one stored row of an import, as a value the preview let through (or a fix) would be. */
const setHireDate = (id: string, index: number, day: string) =>
  tp.platform.db.execute(
    sql`update people_imports set rows = jsonb_set(rows, ${`{${index},hireDate}`}::text[], to_jsonb(${day}::text)) where id = ${id}`,
  );

describe('import jobs', () => {
  it('a value the database refuses fails the import with its reason, keeps what was applied, and a retry resumes', async () => {
    const { api, org } = await adminOfNewOrg(tp);
    const p = await preview(api, fileOf(600, 'refused.test'));
    // Year 0 passed the preview until it checked dates for real; PostgreSQL refuses it. Row 551 is in the second batch.
    await setHireDate(p.id, 550, '0000-01-01');
    await confirm(api, p.id);
    await drain();
    const failed = await progress(api, p.id);
    expect(failed).toMatchObject({ status: 'failed', failure: 'invalid_data', processed: 500, created: 500 });
    expect(await countPeople(org.id)).toBe(501);
    expect((await audits(org.id, 'people.import_failed')).map((a) => a.data)).toEqual([
      expect.objectContaining({ reason: 'invalid_data', created: 500 }),
    ]);
    // Whatever stopped it is gone: trying again picks up from the first batch not applied.
    await setHireDate(p.id, 550, '2020-01-01');
    expect((await (await api.post(`/api/people/imports/${p.id}/retry`)).json()).status).toBe('queued');
    await drain();
    expect(await progress(api, p.id)).toMatchObject({ status: 'done', failure: null, processed: 600, created: 600 });
    expect(await countPeople(org.id)).toBe(601);
    // Applied: the file's rows (personal data) are dropped; the counts and errors stay.
    const [stored] = await tp.platform.db.select().from(peopleImports).where(eq(peopleImports.id, p.id));
    expect(stored.rows).toEqual([]);
    expect((await (await api.post(`/api/people/imports/${p.id}/retry`)).json()).status).toBe('done');
  });

  it('an import whose worker died is resumed by the sweep, and fails once its attempts are spent', async () => {
    const { api, admin } = await adminOfNewOrg(tp);
    // Confirmed, claimed by a worker that then died; pg-boss has given up on its job.
    const died = async (attempts: number) => {
      const p = await preview(api, fileOf(3, 'died.test'));
      await tp.platform.db
        .update(peopleImports)
        .set({
          status: 'running',
          confirmedBy: admin.id,
          attempts,
          claim: crypto.randomUUID(),
          leaseUntil: new Date(Date.now() - 60_000),
        })
        .where(eq(peopleImports.id, p.id));
      return p.id;
    };
    const resumable = await died(1);
    const spent = await died(MAX_IMPORT_ATTEMPTS);
    await sweepImports(tp.platform);
    expect(await drain()).toBe(1);
    expect(await progress(api, resumable)).toMatchObject({ status: 'done', created: 3 });
    expect(await progress(api, spent)).toMatchObject({ status: 'failed', failure: 'interrupted', created: 0 });
  });

  it('two confirmations at once queue one job, and the file is applied once', async () => {
    const { api, org } = await adminOfNewOrg(tp);
    const p = await preview(api, fileOf(3, 'twice.test'));
    const both = await Promise.all([confirm(api, p.id), confirm(api, p.id)]);
    expect(both.map((b) => b.status)).toEqual(['queued', 'queued']);
    expect(await drain()).toBe(1);
    expect(await progress(api, p.id)).toMatchObject({ status: 'done', created: 3, skipped: 0 });
    expect(await audits(org.id, 'people.imported')).toHaveLength(1);
  });

  it('two workers applying one import at once apply it once', async () => {
    const { api, org } = await adminOfNewOrg(tp);
    const p = await preview(api, fileOf(1200, 'workers.test'));
    await confirm(api, p.id);
    await Promise.all([applyImport(tp.platform, org.id, p.id), applyImport(tp.platform, org.id, p.id), drain()]);
    expect(await progress(api, p.id)).toMatchObject({ status: 'done', processed: 1200, created: 1200, updated: 0, skipped: 0 });
    expect(await audits(org.id, 'people.imported')).toHaveLength(1);
    expect(await countPeople(org.id)).toBe(1201);
  });
});
