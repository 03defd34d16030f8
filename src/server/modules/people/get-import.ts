import { eq } from 'drizzle-orm';
import { type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import { notFound } from '../../platform/errors';
import type { ImportProgressT } from './contract';
import { peopleImports } from './schema';

export const progressColumns = {
  id: peopleImports.id,
  status: peopleImports.status,
  total: peopleImports.total,
  valid: peopleImports.valid,
  processed: peopleImports.processed,
  created: peopleImports.created,
  updated: peopleImports.updated,
  skipped: peopleImports.skipped,
  errors: peopleImports.errors,
  failure: peopleImports.failure,
};

/** Errors in file order: those found while applying are appended after the preview's. */
export const inFileOrder = <T extends { errors: ImportProgressT['errors'] }>(p: T): T => ({
  ...p,
  errors: [...p.errors].sort((a, b) => a.row - b.row),
});

/** Where an import stands (polled by the page while the job runs). */
export async function getImport({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<ImportProgressT> {
  requirePermission(ctx, 'people.write');
  const [row] = await ctx.db
    .select(progressColumns)
    .from(peopleImports)
    .where(ofOrg(ctx, peopleImports, eq(peopleImports.id, input.id)));
  if (!row) throw notFound('import');
  return inFileOrder(row);
}
