import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOfNewOrg, createPerson, signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { auditLog } from '../audit';
import type { ImportPreviewT, ImportProgressT, PeopleListT, PersonT } from './contract';
import { people } from './schema';

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
const run = async (api: Api, id: string) => {
  expect((await api.post(`/api/people/imports/${id}/confirm`)).status).toBe(200);
  await tp.platform.jobs.drain(tp.platform, ['people.import']);
  return (await (await api.get(`/api/people/imports/${id}`)).json()) as ImportProgressT;
};
const everyone = async (api: Api) => ((await (await api.get('/api/people?pageSize=100')).json()) as PeopleListT).items;
const byEmail = (list: PersonT[], email: string) => list.find((p) => p.email.toLowerCase() === email.toLowerCase());

describe('CSV import', () => {
  it('reports each error code by row, with Italian headers and ";"', async () => {
    const { api, org } = await adminOfNewOrg(tp);
    await createPerson(tp, org.id, { email: 'capo@acme.test', name: 'Capo' });
    const csv = [
      'Nome;Email;Reparto;Sede;Mansione;Email_Responsabile;Lingua;Data_Assunzione;Ruoli',
      'Anna Bianchi;anna@acme.test;Vendite;Milano;Commerciale;capo@acme.test;it;01/03/2021;employee|manager',
      'Senza Email;non-una-mail;;;;;;;',
      ';vuoto@acme.test;;;;;;;',
      'Anna Due;ANNA@acme.test;;;;;;;',
      'Piero;piero@acme.test;;;;nessuno@acme.test;;;',
      'Gina;gina@acme.test;;;;;;31/02/2020;',
      'Lea;lea@acme.test;;;;;fr;;',
      'Ugo;ugo@acme.test;;;;;;;boss',
      'Ivo;ivo@acme.test;;;;ivo@acme.test;;;',
      '',
      'Capo;capo@acme.test;;;;;en;2019-05-06;',
      'Anna Cycle;nuova@acme.test;;;;bea@acme.test;;;',
      'Bea Cycle;bea@acme.test;;;;nuova@acme.test;;;',
    ].join('\r\n');
    const p = await preview(api, `\uFEFF${csv}`);
    expect(p.errors).toEqual([
      { row: 3, email: 'non-una-mail', code: 'invalid_email' },
      { row: 4, email: 'vuoto@acme.test', code: 'missing_name' },
      { row: 5, email: 'ANNA@acme.test', code: 'duplicate_in_file' },
      { row: 6, email: 'piero@acme.test', code: 'unknown_manager' },
      { row: 7, email: 'gina@acme.test', code: 'invalid_date' },
      { row: 8, email: 'lea@acme.test', code: 'invalid_language' },
      { row: 9, email: 'ugo@acme.test', code: 'invalid_role' },
      { row: 10, email: 'ivo@acme.test', code: 'self_manager' },
      { row: 13, email: 'nuova@acme.test', code: 'manager_cycle' },
      { row: 14, email: 'bea@acme.test', code: 'manager_cycle' },
    ]);
    expect(p).toMatchObject({ status: 'preview', total: 12, valid: 2, toCreate: 1, toUpdate: 1 });
    expect(p.sample.map((s) => [s.row, s.action])).toEqual([
      [2, 'create'],
      [3, 'error'],
      [4, 'error'],
      [5, 'error'],
      [6, 'error'],
      [7, 'error'],
      [8, 'error'],
      [9, 'error'],
      [10, 'error'],
      [12, 'update'],
      [13, 'error'],
      [14, 'error'],
    ]);
    // A loop through someone already in the organisation is refused too.
    const loop = await preview(
      api,
      'email,name,manager_email\ncapo@acme.test,Capo,anna@acme.test\nanna@acme.test,Anna,capo@acme.test',
    );
    expect(loop.errors.map((e) => e.code)).toEqual(['manager_cycle', 'manager_cycle']);
  });

  it('reports every problem of a row, and only real calendar days of years 1–9999', async () => {
    const { api } = await adminOfNewOrg(tp);
    const csv = [
      'name,email,language,hire_date,roles,manager_email',
      ',not-an-email,fr,0000-01-01,boss,nobody@acme.test',
      'Zero,zero@acme.test,,01/01/0000,,',
      'Feb,feb@acme.test,,30/02/2026,,',
      'Month,month@acme.test,,2026-13-01,,',
      'Leap,leap@acme.test,,29/02/2024,,',
      'Last,last@acme.test,,9999-12-31,,',
      'First,first@acme.test,,01/01/0001,,',
    ].join('\n');
    const p = await preview(api, csv);
    const row2 = ['invalid_email', 'missing_name', 'unknown_manager', 'invalid_date', 'invalid_language', 'invalid_role'];
    expect(p.errors).toEqual([
      ...row2.map((code) => ({ row: 2, email: 'not-an-email', code })),
      { row: 3, email: 'zero@acme.test', code: 'invalid_date' },
      { row: 4, email: 'feb@acme.test', code: 'invalid_date' },
      { row: 5, email: 'month@acme.test', code: 'invalid_date' },
    ]);
    expect(p).toMatchObject({ total: 7, valid: 3, toCreate: 3 });
    expect(p.sample[0]).toMatchObject({ row: 2, action: 'error', codes: row2 });
    expect(p.sample[4]).toMatchObject({ row: 6, action: 'create', codes: [] });
    const done = await run(api, p.id);
    expect(done).toMatchObject({ status: 'done', created: 3, failure: null });
    const list = await everyone(api);
    expect(byEmail(list, 'leap@acme.test')?.hireDate).toBe('2024-02-29');
    expect(byEmail(list, 'last@acme.test')?.hireDate).toBe('9999-12-31');
    expect(byEmail(list, 'first@acme.test')?.hireDate).toBe('0001-01-01');
  });

  it('refuses a file without the required columns', async () => {
    const { api } = await adminOfNewOrg(tp);
    const res = await api.post('/api/people/imports', { csv: 'nome,reparto\nAnna,Vendite' });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('people.import_missing_columns');
    expect(body.error.details).toEqual({ columns: ['email'] });
  });

  it('creates and updates exactly the valid rows, sets managers, and a re-run changes nothing', async () => {
    const { api, org } = await adminOfNewOrg(tp);
    const old = await createPerson(tp, org.id, {
      email: 'old@acme.test',
      name: 'Old Name',
      department: 'Ops',
      roles: ['employee', 'editor'],
    });
    const csv = [
      'name,email,department,site,job_title,manager_email,language,hire_date',
      'Boss One,boss@acme.test,Sales,Milano,Director,,en,2018-01-02',
      'Worker Two,worker@acme.test,Sales,Brescia,Seller,boss@acme.test,,03/04/2022',
      'New Name,OLD@acme.test,Ops,,,worker@acme.test,,',
      'Broken,broken,,,,,,',
    ].join('\n');
    const p = await preview(api, csv);
    expect(p).toMatchObject({ total: 4, valid: 3, toCreate: 2, toUpdate: 1 });
    expect(p.sample.map((s) => s.action)).toEqual(['create', 'create', 'update', 'error']);
    const done = await run(api, p.id);
    expect(done).toMatchObject({ status: 'done', total: 4, processed: 3, created: 2, updated: 1, skipped: 0 });
    expect(done.errors).toEqual([{ row: 5, email: 'broken', code: 'invalid_email' }]);
    const list = await everyone(api);
    expect(list).toHaveLength(4);
    const boss = byEmail(list, 'boss@acme.test');
    expect(boss).toMatchObject({
      name: 'Boss One',
      locale: 'en',
      hireDate: '2018-01-02',
      status: 'pending',
      roles: ['employee'],
      manager: null,
    });
    expect(byEmail(list, 'worker@acme.test')).toMatchObject({ hireDate: '2022-04-03', locale: 'it', manager: { id: boss?.id } });
    // Existing person: fields from the file, status and roles untouched (no roles column).
    expect(byEmail(list, 'old@acme.test')).toMatchObject({
      id: old.id,
      name: 'New Name',
      status: 'active',
      roles: ['employee', 'editor'],
      manager: { name: 'Worker Two' },
    });
    const audit = await tp.platform.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, org.id), eq(auditLog.action, 'people.imported')));
    expect(audit.map((a) => a.data)).toEqual([expect.objectContaining({ created: 2, updated: 1, errors: 1 })]);
    // Confirming again is harmless.
    expect((await api.post(`/api/people/imports/${p.id}/confirm`)).status).toBe(200);
    expect(await tp.platform.jobs.drain(tp.platform, ['people.import'])).toBe(0);

    const before = await tp.platform.db.select().from(people).where(eq(people.orgId, org.id));
    const again = await run(api, (await preview(api, csv)).id);
    expect(again).toMatchObject({ status: 'done', created: 0, updated: 0, skipped: 3 });
    const after = await tp.platform.db.select().from(people).where(eq(people.orgId, org.id));
    expect(after).toEqual(before);
  });

  it('roles from the file: only an admin may grant admin', async () => {
    const { api, org } = await adminOfNewOrg(tp);
    const hr = await createPerson(tp, org.id, { roles: ['hr'] });
    const hrApi = await signIn(tp, hr.email);
    const csv = 'name,email,roles\nRoberta,roberta@acme.test,admin|employee\nSara,sara@acme.test,editor | employee';
    const byHr = await preview(hrApi, csv);
    expect(byHr.errors).toEqual([{ row: 2, email: 'roberta@acme.test', code: 'invalid_role' }]);
    // Nor may HR change anything of an admin (as by hand); an admin's row that changes nothing is fine.
    const admins = await everyone(api);
    const ada = admins.find((p) => p.roles.includes('admin'));
    expect((await preview(hrApi, `name,email\n${ada?.name},${ada?.email}`)).errors).toEqual([]);
    const renamed = await preview(hrApi, `name,email,roles\nNew Name,${ada?.email},employee`);
    expect(renamed.errors.map((e) => e.code)).toEqual(['invalid_role', 'admin_only']);
    const byAdmin = await preview(api, csv);
    expect(byAdmin.errors).toEqual([]);
    await run(api, byAdmin.id);
    const list = await everyone(api);
    expect(byEmail(list, 'roberta@acme.test')?.roles).toEqual(['admin', 'employee']);
    expect(byEmail(list, 'sara@acme.test')?.roles).toEqual(['editor', 'employee']);
    const employee = await createPerson(tp, org.id);
    expect((await (await signIn(tp, employee.email)).post('/api/people/imports', { csv })).status).toBe(403);
  });

  it('exports the filtered directory as CSV that imports back unchanged', async () => {
    const { api, org } = await adminOfNewOrg(tp);
    const boss = await createPerson(tp, org.id, { name: 'Boss, "Il Capo"', department: 'Sales', site: 'Milano' });
    await createPerson(tp, org.id, {
      name: '=Formula',
      department: 'Sales',
      managerId: boss.id,
      locale: 'en',
      roles: ['employee', 'manager'],
    });
    await createPerson(tp, org.id, { name: 'Zoe Àccento', department: 'IT' });
    const res = await api.get('/api/people/export.csv?department=Sales&delimiter=%2C');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="people-.*\.csv"/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.split('\r\n')[0]).toBe(
      '\uFEFFname,email,department,site,job_title,job_family,manager_email,language,content_languages,hire_date,roles',
    );
    expect(text).not.toContain('Zoe');
    expect(text).toContain("'=Formula");
    const all = await (await api.get('/api/people/export.csv?delimiter=%3B')).text();
    for (const csv of [text, all]) {
      const p = await preview(api, csv);
      expect(p.errors).toEqual([]);
      expect(p.toCreate).toBe(0);
      expect(p.toUpdate).toBe(csv === text ? 2 : 4);
      expect(await run(api, p.id)).toMatchObject({ created: 0, updated: 0 });
    }
  });

  it('imports 10,000 rows', async () => {
    const { api } = await adminOfNewOrg(tp);
    const lines = ['email;nome;reparto;sede;email_responsabile;data_assunzione'];
    for (let i = 0; i < 10_000; i++)
      lines.push(
        `p${i}@big.test;Persona ${i};Reparto ${i % 20};Sede ${i % 7};${i % 100 === 0 ? '' : `p${i - (i % 100)}@big.test`};0${(i % 9) + 1}/01/2020`,
      );
    const csv = lines.join('\n');
    const started = Date.now();
    const p = await preview(api, csv);
    expect(p).toMatchObject({ total: 10_000, valid: 10_000, toCreate: 10_000, errors: [] });
    const done = await run(api, p.id);
    expect(done).toMatchObject({ status: 'done', processed: 10_000, created: 10_000 });
    const list = (await (await api.get('/api/people?q=Persona%209999')).json()) as PeopleListT;
    expect(list.items[0]).toMatchObject({ department: 'Reparto 19', hireDate: '2020-01-01', manager: { name: 'Persona 9900' } });
    expect(((await (await api.get('/api/people?pageSize=1')).json()) as PeopleListT).total).toBe(10_001);
    expect(Date.now() - started).toBeLessThan(30_000);
    const rerun = await run(api, (await preview(api, csv)).id);
    expect(rerun).toMatchObject({ created: 0, updated: 0, skipped: 10_000 });
  }, 90_000);
});
