import { z } from '@hono/zod-openapi';
import { roles as allRoles, type Role } from '../../platform/permissions';
import { type ImportErrorCodeT, type ImportRowErrorT, IsoDay } from './contract';
import type { ParsedCsv, RawRecord } from './import-columns';
import type { ImportRow } from './schema';

export type Existing = { roles: Role[]; managerEmail: string | null };
export type Checked = { rows: ImportRow[]; errors: ImportRowErrorT[]; codes: Map<number, ImportErrorCodeT> };

const emailSchema = z.string().email().max(320);
const lower = (s: string) => s.toLowerCase();
const cell = (v: string | undefined) => (v === undefined ? undefined : v === '' ? null : v);

/** YYYY-MM-DD or DD/MM/YYYY (also with '-' or '.') to YYYY-MM-DD; undefined when not a real day. */
export function parseDay(s: string): string | undefined {
  const it = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const iso = it ? `${it[3]}-${it[2].padStart(2, '0')}-${it[1].padStart(2, '0')}` : s;
  return IsoDay.safeParse(iso).success ? iso : undefined;
}

function checkRow(r: RawRecord, importerIsAdmin: boolean, existing: Existing | undefined): ImportRow | ImportErrorCodeT {
  const c = r.cells;
  const email = c.email ?? '';
  if (!emailSchema.safeParse(email).success) return 'invalid_email';
  if (!c.name) return 'missing_name';
  const language = c.language ? lower(c.language) : undefined;
  if (language !== undefined && language !== 'it' && language !== 'en') return 'invalid_language';
  const hireDate = c.hire_date ? parseDay(c.hire_date) : cell(c.hire_date);
  if (hireDate === undefined && c.hire_date) return 'invalid_date';
  const managerEmail = cell(c.manager_email);
  if (managerEmail && lower(managerEmail) === lower(email)) return 'self_manager';
  let roles: Role[] | undefined;
  if (c.roles) {
    const names = [
      ...new Set(
        c.roles
          .split('|')
          .map((x) => lower(x.trim()))
          .filter(Boolean),
      ),
    ];
    if (!names.every((n): n is Role => (allRoles as readonly string[]).includes(n))) return 'invalid_role';
    // Only an admin may give or take away the admin role, by import as by hand.
    if (!importerIsAdmin && (existing?.roles.includes('admin') ?? false) !== names.includes('admin')) return 'invalid_role';
    roles = names;
  }
  return {
    row: r.row,
    name: c.name,
    email,
    department: cell(c.department),
    site: cell(c.site),
    jobTitle: cell(c.job_title),
    managerEmail: managerEmail ? lower(managerEmail) : managerEmail,
    locale: language as 'it' | 'en' | undefined,
    hireDate,
    roles,
  };
}

/**
 * Row checks, then the checks that need the whole file: duplicates, managers known (in the organisation or among
 * the valid rows) and no manager cycles once the file is applied.
 */
export function validateImport(parsed: ParsedCsv, existing: Map<string, Existing>, importerIsAdmin: boolean): Checked {
  const codes = new Map<number, ImportErrorCodeT>();
  const seen = new Set<string>();
  let rows: ImportRow[] = [];
  for (const r of parsed.records) {
    const out = checkRow(r, importerIsAdmin, existing.get(lower(r.cells.email ?? '')));
    if (typeof out === 'string') codes.set(r.row, out);
    else if (seen.has(lower(out.email))) codes.set(r.row, 'duplicate_in_file');
    else {
      seen.add(lower(out.email));
      rows.push(out);
    }
  }
  rows = rows.filter((r) => {
    if (!r.managerEmail || seen.has(r.managerEmail) || existing.has(r.managerEmail)) return true;
    codes.set(r.row, 'unknown_manager');
    return false;
  });
  const inCycle = cycleRows(rows, existing);
  rows = rows.filter((r) => {
    if (!inCycle.has(lower(r.email))) return true;
    codes.set(r.row, 'manager_cycle');
    return false;
  });
  const byRow = new Map(parsed.records.map((r) => [r.row, r.cells.email ?? '']));
  const errors = [...codes].sort((a, b) => a[0] - b[0]).map(([row, code]) => ({ row, email: byRow.get(row) ?? '', code }));
  return { rows, errors, codes };
}

/** E-mails of file rows whose manager chain (the file's managers over the organisation's) loops. */
function cycleRows(rows: ImportRow[], existing: Map<string, Existing>): Set<string> {
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
