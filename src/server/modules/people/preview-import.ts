import { actorOf, type Ctx, requirePermission } from '../../platform/ctx';
import type { ImportPreviewT } from './contract';
import { existingByEmail } from './existing-people';
import { parseImportCsv } from './import-columns';
import { peopleImports } from './schema';
import { validateImport } from './validate-import';

const SAMPLE = 20;

/** Reads and checks a CSV without changing anyone: what would be created, updated and refused, row by row. */
export async function previewImport({ ctx, input }: { ctx: Ctx; input: { csv: string } }): Promise<ImportPreviewT> {
  requirePermission(ctx, 'people.write');
  const actor = actorOf(ctx);
  const parsed = parseImportCsv(input.csv);
  const existing = await existingByEmail(ctx);
  const { rows, errors, codes } = validateImport(parsed, existing, actor.roles.includes('admin'));
  const toUpdate = rows.filter((r) => existing.has(r.email.toLowerCase())).length;
  const [saved] = await ctx.db
    .insert(peopleImports)
    .values({ orgId: ctx.orgId, createdBy: actor.personId, total: parsed.records.length, valid: rows.length, rows, errors })
    .returning({ id: peopleImports.id, status: peopleImports.status });
  const sample = parsed.records.slice(0, SAMPLE).map((r) => {
    const rowCodes = codes.get(r.row) ?? [];
    const email = r.cells.email ?? '';
    return {
      row: r.row,
      name: r.cells.name ?? '',
      email,
      department: r.cells.department || null,
      site: r.cells.site || null,
      action: rowCodes.length
        ? ('error' as const)
        : existing.has(email.toLowerCase())
          ? ('update' as const)
          : ('create' as const),
      codes: rowCodes,
    };
  });
  return {
    id: saved.id,
    status: saved.status,
    total: parsed.records.length,
    valid: rows.length,
    toCreate: rows.length - toUpdate,
    toUpdate,
    errors,
    sample,
  };
}
