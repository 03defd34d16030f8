import { eq } from 'drizzle-orm';
import { type Actor, type Ctx, inTx, ofOrg, systemCtx } from '../../platform/ctx';
import { can } from '../../platform/permissions';
import type { Platform } from '../../platform/platform';
import { applyBatch, applyManagers } from './apply-import-batch';
import type { ImportFailureT } from './contract';
import { ClaimLost, claimImport, MAX_IMPORT_ATTEMPTS, releaseClaim } from './import-claim';
import { failImport, finishImport } from './import-outcome';
import { people, peopleImports } from './schema';

const BATCH = 500;

/** The person who confirmed the import, with their roles of now; null if they may no longer change people. */
async function importerOf(ctx: Ctx, personId: string | null): Promise<Actor | null> {
  if (!personId) return null;
  const [p] = await ctx.db
    .select()
    .from(people)
    .where(ofOrg(ctx, people, eq(people.id, personId)));
  if (!p || p.status === 'inactive' || !can(p.roles, 'people.write')) return null;
  return {
    personId: p.id,
    userId: p.userId,
    name: p.name,
    email: p.email,
    roles: p.roles,
    locale: p.locale === 'en' ? 'en' : 'it',
  };
}

/** SQLSTATE of a database error (drizzle wraps the driver's error in `cause`). */
const sqlState = (err: unknown) => {
  const e = err as { code?: unknown; cause?: { code?: unknown } };
  return String(e?.code ?? e?.cause?.code ?? '');
};
/** Data exceptions (22…: a date out of range) and integrity violations (23…): the same rows fail again on a retry. */
const isDataError = (err: unknown) => /^2[23]/.test(sqlState(err));

/**
 * The `people.import` job body: claims the import (see import-claim.ts), applies it batch by batch from the saved
 * cursor, sets the managers, then marks it done and drops the file's rows. An error the data will cause again fails
 * the import at once; any other is retried (pg-boss) until the attempts run out, then the import fails. Either way
 * the person sees `failed` with the reason, and what was applied stays applied (the counts say so).
 */
export async function applyImport(platform: Platform, orgId: string, importId: string): Promise<void> {
  const base = systemCtx(platform, orgId);
  const claimed = await claimImport(base, importId);
  // Nothing to claim: done, failed, held by a live worker, or abandoned with no attempts left (fail it now).
  if (!claimed) return void (await failImport(base, importId, null, 'interrupted'));
  const { imp, token } = claimed;
  let ctx: Ctx = base;
  const fail = (reason: ImportFailureT) => failImport(ctx, imp.id, token, reason);
  try {
    const importer = await importerOf(base, imp.confirmedBy ?? imp.createdBy);
    if (!importer) return void (await fail('not_allowed'));
    ctx = { ...base, actor: importer, locale: importer.locale };
    for (let at = imp.processed; at < imp.rows.length; at += BATCH)
      await applyBatch(ctx, { importId: imp.id, token, at, batch: imp.rows.slice(at, at + BATCH) });
    // Rows refused while applying (the importer lost the admin role) get no manager either.
    const [{ errors }] = await base.db
      .select({ errors: peopleImports.errors })
      .from(peopleImports)
      .where(ofOrg(base, peopleImports, eq(peopleImports.id, imp.id)));
    const refused = new Set(errors.map((e) => e.row));
    const rows = imp.rows.filter((r) => !refused.has(r.row));
    for (let at = 0; at < rows.length; at += BATCH)
      await inTx(ctx, (tx) => applyManagers(tx, { importId: imp.id, token, batch: rows.slice(at, at + BATCH) }));
    await finishImport(ctx, imp.id, token);
  } catch (err) {
    if (err instanceof ClaimLost) return; // our lease ran out and another worker took over: it finishes the job
    // The error's text may quote a value of the file: log its code only.
    platform.logger.error({ importId, sqlState: sqlState(err), attempt: imp.attempts }, 'people import failed');
    if (isDataError(err)) return void (await fail('invalid_data'));
    if (imp.attempts >= MAX_IMPORT_ATTEMPTS) return void (await fail('unexpected'));
    await releaseClaim(base, imp.id, token);
    throw err;
  }
}
