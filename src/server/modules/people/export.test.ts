import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOfNewOrg, createPerson, signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

describe('people export for spreadsheets', () => {
  it('separates with ";" for an Italian reader, "," for an English one, unless asked', async () => {
    const { api, org } = await adminOfNewOrg(tp);
    await createPerson(tp, org.id, { name: 'Rossi, Mario', department: 'Vendite' });
    const it_ = (await (await api.get('/api/people/export.csv?department=Vendite')).text()).replace(/^\uFEFF/, '');
    expect(it_.split('\r\n')[0]).toMatch(/^name;email;department;/);
    expect(it_).toContain('Rossi, Mario;');
    const en = await createPerson(tp, org.id, { roles: ['hr'], locale: 'en' });
    const enApi = await signIn(tp, en.email);
    expect((await (await enApi.get('/api/people/export.csv')).text()).split('\r\n')[0]).toMatch(/^\uFEFF?name,email,/);
    expect((await (await enApi.get('/api/people/export.csv?delimiter=%3B')).text()).split('\r\n')[0]).toMatch(/^\uFEFF?name;/);
  }, 90_000);

  it('exports an XLSX workbook with hire dates as dates and formula-looking names as text', async () => {
    const { api, org } = await adminOfNewOrg(tp);
    await createPerson(tp, org.id, {
      name: '=1+1',
      email: 'formula@example.test',
      department: 'Qualità',
      hireDate: '2024-09-02',
    });
    const res = await api.get('/api/people/export.xlsx?department=Qualit%C3%A0');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="people-\d{4}-\d{2}-\d{2}\.xlsx"$/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const ws = wb.worksheets[0];
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 4)).toEqual(['name', 'email', 'department', 'site']);
    const row = ws.getRow(2);
    const cell = (name: string) => row.getCell(header.indexOf(name) + 1);
    expect(cell('name').value).toBe('=1+1');
    expect(cell('name').formula).toBeUndefined();
    expect(cell('hire_date').value).toEqual(new Date('2024-09-02T00:00:00Z'));
    expect(cell('hire_date').numFmt).toBe('dd/mm/yyyy');
    expect(cell('email').value).toBe('formula@example.test');
    expect(ws.rowCount).toBe(2);
  });

  it('is closed to employees', async () => {
    const { org } = await adminOfNewOrg(tp);
    const employee = await signIn(tp, (await createPerson(tp, org.id)).email);
    expect((await employee.get('/api/people/export.xlsx')).status).toBe(403);
  });
});
