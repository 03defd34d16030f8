import { type ImportErrorCodeT, type ImportRowErrorT, importErrorCodes } from './contract';
import type { ExistingPerson } from './existing-people';
import type { ParsedCsv } from './import-columns';
import type { ImportRow } from './schema';
import { checkRow } from './validate-import-row';

export { parseDay } from './validate-import-row';

export type Checked = { rows: ImportRow[]; errors: ImportRowErrorT[]; codes: Map<number, ImportErrorCodeT[]> };

const lower = (s: string) => s.toLowerCase();

/**
 * Row checks, then the checks that need the whole file: duplicates, managers known (in the organisation or among
 * the rows that will be applied) and no manager cycles once the file is applied. Every problem of every row is
 * reported; only rows without any are applied.
 */
export function validateImport(parsed: ParsedCsv, existing: Map<string, ExistingPerson>, importerIsAdmin: boolean): Checked {
  const codes = new Map<number, ImportErrorCodeT[]>();
  const order = (c: ImportErrorCodeT) => importErrorCodes.indexOf(c);
  const add = (row: number, code: ImportErrorCodeT) => {
    const list = codes.get(row) ?? [];
    if (!list.includes(code))
      codes.set(
        row,
        [...list, code].sort((a, b) => order(a) - order(b)),
      );
  };
  const firstRowOf = new Map<string, number>();
  const all: ImportRow[] = [];
  for (const r of parsed.records) {
    const checked = checkRow(r, existing.get(lower(r.cells.email ?? '')), importerIsAdmin);
    for (const code of checked.codes) add(r.row, code);
    const key = lower(checked.row.email);
    if (!checked.codes.includes('invalid_email')) {
      if (firstRowOf.has(key)) add(r.row, 'duplicate_in_file');
      else firstRowOf.set(key, r.row);
    }
    all.push(checked.row);
  }
  const applied = () => all.filter((r) => !codes.has(r.row));
  refuseUnknownManagers(all, codes, existing, add, true);
  const inCycle = cycleRows(applied(), existing);
  for (const r of applied()) if (inCycle.has(lower(r.email))) add(r.row, 'manager_cycle');
  // People refused for a loop will not exist: whoever they were to manage now has an unknown manager.
  refuseUnknownManagers(all, codes, existing, add, false);
  const emailOf = new Map(all.map((r) => [r.row, r.email]));
  const errors = [...codes]
    .sort((a, b) => a[0] - b[0])
    .flatMap(([row, list]) => list.map((code) => ({ row, email: emailOf.get(row) ?? '', code })));
  return { rows: applied(), errors, codes };
}

/**
 * A manager must be in the organisation or among the rows that will be applied, and so must theirs (a row refused
 * leaves the people it was to manage without their manager). The first call reports it on every row of the file;
 * after the loops are refused, only the rows still applied are checked again.
 */
function refuseUnknownManagers(
  all: ImportRow[],
  codes: Map<number, ImportErrorCodeT[]>,
  existing: Map<string, ExistingPerson>,
  add: (row: number, code: ImportErrorCodeT) => void,
  everyRow: boolean,
) {
  const applied = new Map(all.filter((r) => !codes.has(r.row)).map((r) => [lower(r.email), r]));
  const rooted = new Map<string, boolean>();
  // Up the chain of applied rows until someone who exists, or no manager; remembered for everyone on the way.
  const isRooted = (start: string): boolean => {
    const path: string[] = [];
    const onPath = new Set<string>();
    let at = start;
    let result: boolean;
    for (;;) {
      const known = rooted.get(at);
      if (known !== undefined) {
        result = known;
        break;
      }
      if (onPath.has(at)) {
        result = true; // a loop: reported as manager_cycle, not here
        break;
      }
      path.push(at);
      onPath.add(at);
      const m = applied.get(at)?.managerEmail;
      if (!m || m === at || existing.has(m)) {
        result = true;
        break;
      }
      if (!applied.has(m)) {
        result = false;
        break;
      }
      at = m;
    }
    for (const p of path) rooted.set(p, result);
    return result;
  };
  for (const r of all) {
    const m = r.managerEmail;
    if (!m || m === lower(r.email) || existing.has(m)) continue;
    if (!everyRow && codes.has(r.row)) continue;
    if (!applied.has(m) || !isRooted(m)) add(r.row, 'unknown_manager');
  }
}

/** E-mails of file rows whose manager chain (the file's managers over the organisation's) loops. */
function cycleRows(rows: ImportRow[], existing: Map<string, ExistingPerson>): Set<string> {
  const boss = new Map<string, string | null>();
  for (const [email, e] of existing) boss.set(email, e.managerEmail);
  for (const r of rows) if (r.managerEmail !== undefined) boss.set(lower(r.email), r.managerEmail);
  const state = new Map<string, 'open' | 'ok' | 'loop'>();
  const visit = (start: string) => {
    const path: string[] = [];
    let at: string | null | undefined = start;
    while (at && !state.has(at)) {
      state.set(at, 'open');
      path.push(at);
      at = boss.get(at);
    }
    const verdict = at && (state.get(at) === 'open' || state.get(at) === 'loop') ? 'loop' : 'ok';
    // Only the people on the loop itself are refused; those below it keep a valid (if odd) chain.
    const loopStart = verdict === 'loop' && at && state.get(at) === 'open' ? path.indexOf(at) : path.length;
    for (const [i, p] of path.entries()) state.set(p, i >= loopStart ? 'loop' : 'ok');
  };
  for (const r of rows) visit(lower(r.email));
  return new Set(rows.map((r) => lower(r.email)).filter((e) => state.get(e) === 'loop'));
}
