import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createPerson, signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { addPost, addShare } from './test-data';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

async function orgWithShares(locale: 'it' | 'en') {
  const org = await createOrg(tp);
  const admin = await createPerson(tp, org.id, { roles: ['admin'], locale });
  const a = await createPerson(tp, org.id, { name: 'Anna "Nina" Rossi', department: 'Vendite, Nord', site: 'Milano' });
  const b = await createPerson(tp, org.id, { name: '=HYPERLINK("http://evil.example")' });
  const post = await addPost(tp, org.id, 'Perché ci piace', ['product']);
  await addShare(tp, a, post.id, { network: 'linkedin', day: '2026-03-10', personalised: true, clicks: { '2026-03-10': 7 } });
  await addShare(tp, b, post.id, { network: 'x', day: '2026-03-11', personalised: true, clicks: { '2026-03-11': 1 } });
  return { admin, a, b, post, api: await signIn(tp, admin.email) };
}

const Q = '?from=2026-03-01&to=2026-03-31';

/** The first sheet of a downloaded workbook, row by row, as exceljs reads it back (typed values). */
async function sheetOf(res: Response): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  const rows: unknown[][] = [];
  wb.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('analytics CSV export', () => {
  it('exports the leaderboard with English headers, a BOM, quoted fields and formulas defused', async () => {
    const k = await orgWithShares('en');
    const res = await k.api.get(`/api/analytics/export/top-ambassadors.csv${Q}`);
    expect(res.status).toBe(200);
    // An English reader gets commas by default.
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="top-ambassadors_2026-03-01_2026-03-31.csv"');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(lines).toEqual([
      'Person ID,Name,Department,Shares,Clicks',
      `${k.a.id},"Anna ""Nina"" Rossi","Vendite, Nord",1,7`,
      `${k.b.id},"'=HYPERLINK(""http://evil.example"")",(not set),1,1`,
    ]);
  });

  it('speaks the reader’s language, separates with ";" for Italian Excel and exports every table with the same filters', async () => {
    const k = await orgWithShares('it');
    const text = async (url: string) => (await (await k.api.get(url)).text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(await text(`/api/analytics/export/top-posts.csv${Q}`)).toEqual([
      'ID contenuto;Titolo;Condivisioni;Clic',
      `${k.post.id};Perché ci piace;2;8`,
    ]);
    expect(await text(`/api/analytics/export/networks.csv${Q}&network=x`)).toEqual([
      'Rete;Condivisioni;Clic;Quota di voce (% delle condivisioni)',
      'x;1;1;100',
    ]);
    expect(await text(`/api/analytics/export/share-of-voice-site.csv${Q}`)).toEqual([
      'Sede;Condivisioni;Clic;Quota di voce (% delle condivisioni)',
      'Milano;1;7;50',
      '(non indicato);1;1;50',
    ]);
    // Asked for commas, an Italian reader still gets them.
    expect((await text(`/api/analytics/export/share-of-voice-department.csv${Q}&delimiter=%2C`))[0]).toBe(
      'Reparto,Condivisioni,Clic,Quota di voce (% delle condivisioni)',
    );
    const series = await text(`/api/analytics/export/series.csv${Q}`);
    expect(series).toHaveLength(32);
    expect(series.slice(0, 1).concat(series[10])).toEqual(['Giorno;Condivisioni;Clic', '2026-03-10;1;7']);
  });

  it('writes decimals with a comma in ";" files, as Italian Excel reads them', async () => {
    const k = await orgWithShares('it');
    const b = await createPerson(tp, k.admin.orgId, { site: 'Parma' });
    await addShare(tp, b, k.post.id, { network: 'x', day: '2026-03-12', personalised: true, clicks: {} });
    const csv = (await (await k.api.get(`/api/analytics/export/share-of-voice-site.csv${Q}`)).text()).split('\r\n');
    expect(csv).toContain('Milano;1;7;33,33');
  });

  it('exports XLSX with typed cells: numbers as numbers, days as dates, shares as percentages, formulas inert', async () => {
    const k = await orgWithShares('en');
    const res = await k.api.get(`/api/analytics/export/series.xlsx${Q}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="series_2026-03-01_2026-03-31.xlsx"');
    const series = await sheetOf(res);
    expect(series[0]).toEqual(['Day', 'Shares', 'Clicks']);
    expect(series[10]).toEqual([new Date('2026-03-10T00:00:00Z'), 1, 7]);

    const voice = await sheetOf(await k.api.get(`/api/analytics/export/share-of-voice-site.xlsx${Q}`));
    expect(voice).toEqual([
      ['Site', 'Shares', 'Clicks', 'Share of voice (% of shares)'],
      ['Milano', 1, 7, 0.5],
      ['(not set)', 1, 1, 0.5],
    ]);
    const people = await sheetOf(await k.api.get(`/api/analytics/export/top-ambassadors.xlsx${Q}`));
    // The formula-looking name is a text cell: exceljs reads a formula back as an object, text as a string.
    expect(people[2]).toEqual([k.b.id, '=HYPERLINK("http://evil.example")', '(not set)', 1, 1]);
  });

  it('refuses unknown tables, bad dates and people without analytics rights', async () => {
    const k = await orgWithShares('it');
    expect((await k.api.get(`/api/analytics/export/people.csv${Q}`)).status).toBe(400);
    expect((await k.api.get('/api/analytics/export/series.csv?from=2026-13-01')).status).toBe(400);
    const employee = await signIn(tp, k.b.email);
    expect((await employee.get(`/api/analytics/export/series.csv${Q}`)).status).toBe(403);
  });
});
