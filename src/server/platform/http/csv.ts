import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import Papa from 'papaparse';

/**
 * CSV for spreadsheet programs: UTF-8 with a BOM so accents read right, CRLF lines, and formula-looking cells escaped
 * so that a name like "=HYPERLINK(…)" stays text (CSV injection).
 */
export function toCsv(fields: string[], data: unknown[][], delimiter = ','): string {
  return `\uFEFF${Papa.unparse({ fields, data }, { delimiter, newline: '\r\n', escapeFormulae: true })}`;
}

/** The OpenAPI answer of a CSV download. */
export const csvFile = { 200: { description: 'CSV file', content: { 'text/csv': { schema: z.string() } } } };

/** A CSV download; never cached, as exports hold personal data. */
export function sendCsv(c: Context, filename: string, body: string) {
  return c.body(body, 200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${filename}"`,
    'cache-control': 'no-store',
  });
}
