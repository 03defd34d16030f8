import type { ImportErrorCodeT } from './contract';
import type { ExistingPerson } from './existing-people';
import { differs, merge } from './import-batch';
import type { ImportRow } from './schema';

/**
 * "May manage this person", for a file row as for an edit by hand: only an admin may give or take away the admin
 * role (invalid_role) or change anything else of a person who is an admin (admin_only). Checked at preview, again at
 * confirmation and again when the row is applied, with the importer's roles of that moment: someone who lost the
 * admin role in between cannot apply what they previewed as an admin.
 */
export function adminRuleCodes(
  row: ImportRow,
  existing: ExistingPerson | undefined,
  importerIsAdmin: boolean,
): ImportErrorCodeT[] {
  if (importerIsAdmin) return [];
  const isAdmin = existing?.roles.includes('admin') ?? false;
  const codes: ImportErrorCodeT[] = [];
  if (row.roles !== undefined && isAdmin !== row.roles.includes('admin')) codes.push('invalid_role');
  if (existing && isAdmin && differs(existing, { ...merge(existing, row), roles: existing.roles }, row)) codes.push('admin_only');
  return codes;
}
