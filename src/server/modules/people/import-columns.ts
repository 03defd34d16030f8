import Papa from 'papaparse';
import { AppError } from '../../platform/errors';
import { type ImportColumn, importColumns } from './import-column-names';

export { type ImportColumn, importColumns };

const required: ImportColumn[] = ['name', 'email'];

/** Accepted headers, English or Italian, compared lower-case with spaces and dashes as underscores. */
const aliases: Record<string, ImportColumn> = {
  name: 'name',
  nome: 'name',
  email: 'email',
  e_mail: 'email',
  department: 'department',
  reparto: 'department',
  site: 'site',
  sede: 'site',
  job_title: 'job_title',
  mansione: 'job_title',
  job_family: 'job_family',
  famiglia_professionale: 'job_family',
  manager_email: 'manager_email',
  email_responsabile: 'manager_email',
  language: 'language',
  lingua: 'language',
  content_languages: 'content_languages',
  lingue_contenuti: 'content_languages',
  hire_date: 'hire_date',
  data_assunzione: 'hire_date',
  roles: 'roles',
  ruoli: 'roles',
};

export type RawRecord = { row: number; cells: Partial<Record<ImportColumn, string>> };
export type ParsedCsv = { columns: Set<ImportColumn>; records: RawRecord[] };

/** Our export prefixes formula-like cells with ' (spreadsheet safety): undo it so an export imports back unchanged. */
const unescapeFormula = (v: string) => (/^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v);

const normalise = (h: string) =>
  h
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/**
 * Reads the file: header row, delimiter guessed (Italian Excel writes ';'), cells trimmed, empty lines skipped.
 * row is the spreadsheet row: the header is row 1.
 */
export function parseImportCsv(csv: string): ParsedCsv {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), {
    header: false,
    skipEmptyLines: false,
    delimitersToGuess: [';', ',', '\t'],
  });
  const [header = [], ...data] = parsed.data;
  const index = new Map<ImportColumn, number>();
  header.forEach((h, i) => {
    const col = aliases[normalise(h)];
    if (col && !index.has(col)) index.set(col, i);
  });
  const missing = required.filter((c) => !index.has(c));
  if (missing.length > 0)
    throw new AppError('people.import_missing_columns', 400, { columns: missing.join(', ') }, { columns: missing });
  const records: RawRecord[] = [];
  data.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return;
    const rec: RawRecord = { row: i + 2, cells: {} };
    for (const [col, at] of index) rec.cells[col] = unescapeFormula((cells[at] ?? '').trim());
    records.push(rec);
  });
  return { columns: new Set(index.keys()), records };
}
