import { eq } from 'drizzle-orm';
import { type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { notFound } from '../../platform/errors';
import type { ImportProgressT } from './contract';
import { progressColumns } from './get-import';
import { importPeople } from './jobs';
import { peopleImports } from './schema';

/** Starts applying a previewed import in the background. Confirming again answers the same progress. */
export async function confirmImport({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<ImportProgressT> {
  requirePermission(ctx, 'people.write');
  const { row, queued } = await inTx(ctx, async (tx) => {
    const [found] = await tx.db
      .select(progressColumns)
      .from(peopleImports)
      .where(ofOrg(tx, peopleImports, eq(peopleImports.id, input.id)))
      .for('update');
    if (!found) throw notFound('import');
    if (found.status !== 'preview') return { row: found, queued: false };
    await tx.db
      .update(peopleImports)
      .set({ status: 'queued' })
      .where(ofOrg(tx, peopleImports, eq(peopleImports.id, found.id)));
    return { row: { ...found, status: 'queued' as const }, queued: true };
  });
  if (queued)
    await ctx.platform.jobs.send(
      importPeople,
      { orgId: ctx.orgId, importId: row.id },
      { singletonKey: `people-import:${row.id}` },
    );
  return row;
}
