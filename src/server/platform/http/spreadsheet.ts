import { z } from '@hono/zod-openapi';
import ExcelJS from 'exceljs';
import type { Context } from 'hono';
import type { Locale } from '../i18n';
import { toCsv } from './csv';

/**
 * One table, two files: XLSX with typed cells (numbers as numbers, days as dates, shares as percentages), and CSV
 * whose separator suits the reader's Excel. Italian Excel splits CSV on ';' and reads ',' as the decimal mark, so a
 * comma-separated file opens as one column there: Italian readers get ';' and decimal commas unless they ask.
 */
export type CellType = 'text' | 'number' | 'day' | 'percent';
export type SheetColumn = { header: string; type: CellType };
/** A cell: text, a number (a fraction for 'percent'), a day as YYYY-MM-DD, or nothing. */
export type Cell = string | number | null;
export type Sheet = { name: string; columns: SheetColumn[]; rows: Cell[][] };

export const exportFormats = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof exportFormats)[number];
export const csvDelimiters = [',', ';'] as const;
export type CsvDelimiter = (typeof csvDelimiters)[number];

/** The separator a reader's spreadsheet expects by default: ';' in Italian, ',' in English. */
export const delimiterFor = (locale: Locale, asked?: CsvDelimiter): CsvDelimiter => asked ?? (locale === 'it' ? ';' : ',');

const dayFormat: Record<Locale, string> = { it: 'dd/mm/yyyy', en: 'yyyy-mm-dd' };

/** CSV text: numbers written with the decimal mark that goes with the separator; formula-looking text defused. */
export function sheetToCsv(sheet: Sheet, delimiter: CsvDelimiter): string {
  const decimal = (n: number) => (delimiter === ';' ? String(n).replace('.', ',') : String(n));
  const data = sheet.rows.map((row) =>
    row.map((v, i) => {
      if (v === null) return '';
      if (typeof v === 'string') return v;
      // Percentages stay readable as "12,5" (percent points), as the header says; other numbers as they are.
      return sheet.columns[i]?.type === 'percent' ? decimal(Math.round(v * 10000) / 100) : decimal(v);
    }),
  );
  return toCsv(
    sheet.columns.map((c) => c.header),
    data,
    delimiter,
  );
}

/** An .xlsx workbook of one sheet: bold frozen header, typed cells, columns wide enough for their content. */
export async function sheetToXlsx(sheet: Sheet, locale: Locale): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Voce';
  // Sheet names: at most 31 characters, none of : \ / ? * [ ].
  const ws = wb.addWorksheet(sheet.name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Voce', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  ws.columns = sheet.columns.map((c, i) => ({
    header: c.header,
    key: String(i),
    width: Math.min(60, Math.max(10, c.header.length + 2, ...sheet.rows.map((r) => String(r[i] ?? '').length + 2))),
    // Numbers keep Excel's "General" format, which shows the reader's own decimal mark.
    style: { numFmt: c.type === 'percent' ? '0.0%' : c.type === 'day' ? dayFormat[locale] : c.type === 'text' ? '@' : undefined },
  }));
  ws.getRow(1).font = { bold: true };
  for (const row of sheet.rows) ws.addRow(row.map((v, i) => cellValue(v, sheet.columns[i]?.type ?? 'text')));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Text stays a string cell (a formula is never written, so "=HYPERLINK(…)" is inert); days become dates. */
function cellValue(v: Cell, type: CellType): ExcelJS.CellValue {
  if (v === null) return null;
  if (type === 'day' && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return new Date(`${v}T00:00:00Z`);
  return v;
}

/** The OpenAPI answer of a spreadsheet download. */
export const spreadsheetFile = {
  200: {
    description: 'CSV or XLSX file',
    content: {
      'text/csv': { schema: z.string() },
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.string().openapi({ format: 'binary' }) },
    },
  },
};

/** Sends the sheet as the asked format; never cached, as exports hold personal data. */
export async function sendSheet(
  c: Context,
  {
    basename,
    format,
    sheet,
    locale,
    delimiter,
  }: { basename: string; format: ExportFormat; sheet: Sheet; locale: Locale; delimiter?: CsvDelimiter },
) {
  const headers = { 'content-disposition': `attachment; filename="${basename}.${format}"`, 'cache-control': 'no-store' };
  if (format === 'xlsx') {
    const body = await sheetToXlsx(sheet, locale);
    return c.body(new Uint8Array(body), 200, {
      ...headers,
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
  }
  return c.body(sheetToCsv(sheet, delimiterFor(locale, delimiter)), 200, {
    ...headers,
    'content-type': 'text/csv; charset=utf-8',
  });
}
