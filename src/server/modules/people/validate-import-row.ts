import { roles as allRoles, type Role } from '../../platform/permissions';
import { email as emailSchema, isRealDay } from '../../platform/validation';
import { normaliseLanguages } from './content-languages';
import type { ImportErrorCodeT } from './contract';
import type { ExistingPerson } from './existing-people';
import { adminRuleCodes } from './import-admin-rule';
import type { RawRecord } from './import-columns';
import type { ContentLanguage, ImportRow } from './schema';

const lower = (s: string) => s.toLowerCase();
const validEmail = emailSchema();
const cell = (v: string | undefined) => (v === undefined ? undefined : v === '' ? null : v);

/** YYYY-MM-DD or DD/MM/YYYY (also with '-' or '.') to YYYY-MM-DD; undefined unless a real day of years 1–9999. */
export function parseDay(s: string): string | undefined {
  const it = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const iso = it ? `${it[3]}-${it[2].padStart(2, '0')}-${it[1].padStart(2, '0')}` : s;
  return isRealDay(iso) ? iso : undefined;
}

/** "it|en" → languages; undefined when any is not a content language. */
function parseLanguages(value: string): ContentLanguage[] | undefined {
  const names = value
    .split('|')
    .map((x) => lower(x.trim()))
    .filter(Boolean);
  return names.every((n) => n === 'it' || n === 'en') ? normaliseLanguages(names) : undefined;
}

function parseRoles(value: string): Role[] | undefined {
  const names = [
    ...new Set(
      value
        .split('|')
        .map((x) => lower(x.trim()))
        .filter(Boolean),
    ),
  ];
  return names.every((n): n is Role => (allRoles as readonly string[]).includes(n)) ? names : undefined;
}

export type CheckedRow = { row: ImportRow; codes: ImportErrorCodeT[] };

/**
 * Every check of one row on its own, all of them (a row with three problems reports three codes). The row is
 * returned even when refused, its invalid values left out, for the checks that need the whole file.
 */
export function checkRow(r: RawRecord, existing: ExistingPerson | undefined, importerIsAdmin: boolean): CheckedRow {
  const c = r.cells;
  const codes: ImportErrorCodeT[] = [];
  const email = c.email ?? '';
  if (!validEmail.safeParse(email).success) codes.push('invalid_email');
  if (!c.name) codes.push('missing_name');
  const language = c.language ? lower(c.language) : undefined;
  const locale = language === 'it' || language === 'en' ? language : undefined;
  if (language !== undefined && !locale) codes.push('invalid_language');
  // Absent column: unchanged; empty cell: null (the interface language); otherwise "it", "en" or "it|en".
  const contentLanguages =
    c.content_languages === undefined ? undefined : c.content_languages === '' ? null : parseLanguages(c.content_languages);
  if (contentLanguages === undefined && c.content_languages) codes.push('invalid_language');
  const hireDate = c.hire_date ? parseDay(c.hire_date) : cell(c.hire_date);
  if (hireDate === undefined && c.hire_date) codes.push('invalid_date');
  const managerEmail = cell(c.manager_email);
  if (managerEmail && lower(managerEmail) === lower(email)) codes.push('self_manager');
  const roles = c.roles ? parseRoles(c.roles) : undefined;
  if (c.roles && !roles) codes.push('invalid_role');
  const row: ImportRow = {
    row: r.row,
    name: c.name ?? '',
    email,
    department: cell(c.department),
    site: cell(c.site),
    jobTitle: cell(c.job_title),
    jobFamily: cell(c.job_family),
    managerEmail: managerEmail ? lower(managerEmail) : managerEmail,
    locale,
    contentLanguages,
    hireDate,
    roles,
  };
  for (const code of adminRuleCodes(row, existing, importerIsAdmin)) if (!codes.includes(code)) codes.push(code);
  return { row, codes };
}
