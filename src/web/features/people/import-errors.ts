import type { ImportErrorCodeT, ImportRowErrorT } from './types';

export type RowErrors = { row: number; email: string; codes: ImportErrorCodeT[] };

/** The server lists one entry per problem; the page shows each row of the file once, with all its problems. */
export function errorsByRow(errors: ImportRowErrorT[]): RowErrors[] {
  const rows = new Map<number, RowErrors>();
  for (const e of errors) {
    const at = rows.get(e.row) ?? { row: e.row, email: e.email, codes: [] };
    at.codes.push(e.code);
    rows.set(e.row, at);
  }
  return [...rows.values()];
}
