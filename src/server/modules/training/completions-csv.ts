import Papa from 'papaparse';
import { isRealDay } from '../../platform/validation';

/** The columns of an LMS completion export, by the names LMSs and Italian spreadsheets give them. */
const aliases: Record<'email' | 'training' | 'completed', string[]> = {
  email: ['email', 'e-mail', 'mail', 'user email', 'learner email', 'indirizzo email'],
  training: [
    'training',
    'course',
    'course code',
    'course title',
    'code',
    'formazione',
    'corso',
    'codice',
    'codice corso',
    'titolo',
  ],
  completed: [
    'completed',
    'completed on',
    'completion date',
    'completed at',
    'date',
    'completato',
    'completato il',
    'data completamento',
    'data',
  ],
};
export type Column = keyof typeof aliases;

export type CsvRow = { row: number; email: string; training: string; completed: string };

const norm = (s: string) =>
  s
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, ' ');

/** Rows of the file (row 2 is the first after the header) and the columns it lacks. Separator: comma or semicolon. */
export function parseCompletions(csv: string): { rows: CsvRow[]; missing: Column[] } {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), {
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t'],
  });
  const [header = [], ...lines] = parsed.data;
  const index = {} as Record<Column, number>;
  const missing: Column[] = [];
  for (const col of Object.keys(aliases) as Column[]) {
    index[col] = header.findIndex((h) => aliases[col].includes(norm(h)));
    if (index[col] < 0) missing.push(col);
  }
  if (missing.length) return { rows: [], missing };
  return {
    rows: lines.map((cells, i) => ({
      row: i + 2,
      email: (cells[index.email] ?? '').trim(),
      training: (cells[index.training] ?? '').trim(),
      completed: (cells[index.completed] ?? '').trim(),
    })),
    missing,
  };
}

/** 2026-03-01, 01/03/2026 (day first, as in Italy), 01.03.2026, or an ISO instant: the calendar day, or null. */
export function parseDay(s: string): string | null {
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (iso) return isRealDay(iso[1]) ? iso[1] : null;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (!dmy) return null;
  const day = `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}`;
  return isRealDay(day) ? day : null;
}
