import { eq } from 'drizzle-orm';
import { actorOf, type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { notFound } from '../../platform/errors';
import type { ImportProgressT, ImportRowErrorT } from './contract';
import { existingByEmail } from './existing-people';
import { inFileOrder, progressColumns } from './get-import';
import { adminRuleCodes } from './import-admin-rule';
import { sendImportJob } from './jobs';
import { type ImportRow, peopleImports } from './schema';

/** The admin rule again, with the roles the confirming person has now (they may have lost the admin role). */
async function recheck(ctx: Ctx, rows: ImportRow[]): Promise<{ rows: ImportRow[]; refused: ImportRowErrorT[] }> {
  if (actorOf(ctx).roles.includes('admin')) return { rows, refused: [] };
  const existing = await existingByEmail(ctx);
  const refused: ImportRowErrorT[] = [];
  const kept = rows.filter((r) => {
    const codes = adminRuleCodes(r, existing.get(r.email.toLowerCase()), false);
    refused.push(...codes.map((code) => ({ row: r.row, email: r.email, code })));
    return codes.length === 0;
  });
  return { rows: kept, refused };
}

/**
 * Starts applying a previewed import in the background. The row is locked, so of two confirmations at once one
 * queues the job and the other answers the same progress; confirming again later is harmless too.
 */
export async function confirmImport({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<ImportProgressT> {
  requirePermission(ctx, 'people.write');
  const { row, queued } = await inTx(ctx, async (tx) => {
    const [found] = await tx.db
      .select({ ...progressColumns, rows: peopleImports.rows })
      .from(peopleImports)
      .where(ofOrg(tx, peopleImports, eq(peopleImports.id, input.id)))
      .for('update');
    if (!found) throw notFound('import');
    const { rows, ...progress } = found;
    if (found.status !== 'preview') return { row: progress, queued: false };
    const checked = await recheck(tx, rows);
    const next = { status: 'queued' as const, valid: checked.rows.length, errors: [...progress.errors, ...checked.refused] };
    await tx.db
      .update(peopleImports)
      .set({ ...next, rows: checked.rows, confirmedBy: actorOf(tx).personId })
      .where(ofOrg(tx, peopleImports, eq(peopleImports.id, found.id)));
    return { row: { ...progress, ...next }, queued: true };
  });
  if (queued) await sendImportJob(ctx.platform, ctx.orgId, row.id);
  return inFileOrder(row);
}
