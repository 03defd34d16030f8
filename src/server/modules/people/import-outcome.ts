import { and, eq, type SQL } from 'drizzle-orm';
import { type Ctx, inTx, ofOrg } from '../../platform/ctx';
import { recordAudit } from '../audit';
import type { ImportFailureT, ImportRowErrorT } from './contract';
import { outOfAttempts } from './import-claim';
import { peopleImports } from './schema';

type Finished = typeof peopleImports.$inferSelect;

/** Rows with at least one problem (a row may have several). */
export const rowsWithErrors = (errors: ImportRowErrorT[]) => new Set(errors.map((e) => e.row)).size;

const report = (r: Finished) => ({
  total: r.total,
  valid: r.valid,
  created: r.created,
  updated: r.updated,
  skipped: r.skipped,
  errors: rowsWithErrors(r.errors),
});

/** The claim's holder marks the import done; the file's rows (personal data) go, the counts and errors stay. */
export async function finishImport(ctx: Ctx, id: string, token: string): Promise<void> {
  await inTx(ctx, async (tx) => {
    const [done] = await tx.db
      .update(peopleImports)
      .set({ status: 'done', finishedAt: new Date(), rows: [], claim: null, leaseUntil: null })
      .where(ofOrg(tx, peopleImports, eq(peopleImports.id, id), eq(peopleImports.claim, token)))
      .returning();
    if (done)
      await recordAudit({
        ctx: tx,
        input: { action: 'people.imported', targetType: 'people_import', targetId: id, data: report(done) },
      });
  });
}

/**
 * Marks the import failed with its reason, for the person to see: by the claim's holder (token), or, without a token,
 * only if it was abandoned with no attempts left. The rows stay, so a retry resumes from the cursor.
 */
export async function failImport(ctx: Ctx, id: string, token: string | null, reason: ImportFailureT): Promise<boolean> {
  const holder: SQL | undefined = token
    ? and(eq(peopleImports.status, 'running'), eq(peopleImports.claim, token))
    : outOfAttempts;
  return inTx(ctx, async (tx) => {
    const [failed] = await tx.db
      .update(peopleImports)
      .set({ status: 'failed', failure: reason, finishedAt: new Date(), claim: null, leaseUntil: null })
      .where(ofOrg(tx, peopleImports, eq(peopleImports.id, id), holder))
      .returning();
    if (failed)
      await recordAudit({
        ctx: tx,
        input: {
          action: 'people.import_failed',
          targetType: 'people_import',
          targetId: id,
          data: { reason, ...report(failed) },
        },
      });
    return !!failed;
  });
}
