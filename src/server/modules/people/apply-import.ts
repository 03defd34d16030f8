import { eq, sql } from 'drizzle-orm';
import { type Actor, type Ctx, inTx, ofOrg, systemCtx } from '../../platform/ctx';
import type { Platform } from '../../platform/platform';
import { recordAudit } from '../audit';
import { existingByEmail } from './existing-people';
import { differs, insertPeople, type Merged, merge, setManagers, updatePeople } from './import-batch';
import { type ImportRow, people, peopleImports } from './schema';

const BATCH = 500;
const lower = (s: string) => s.toLowerCase();

async function importerOf(ctx: Ctx, personId: string | null): Promise<Actor | null> {
  if (!personId) return null;
  const [p] = await ctx.db
    .select()
    .from(people)
    .where(ofOrg(ctx, people, eq(people.id, personId)));
  if (!p) return null;
  return {
    personId: p.id,
    userId: p.userId,
    name: p.name,
    email: p.email,
    roles: p.roles,
    locale: p.locale === 'en' ? 'en' : 'it',
  };
}

/** Pass 1 for one batch: insert the new, update the changed, count the unchanged; the cursor moves in the same transaction. */
async function upsertBatch(ctx: Ctx, importId: string, at: number, batch: ImportRow[]) {
  await inTx(ctx, async (tx) => {
    const existing = await existingByEmail(
      tx,
      batch.map((r) => lower(r.email)),
    );
    const fresh: ImportRow[] = [];
    const changed: Merged[] = [];
    for (const r of batch) {
      const e = existing.get(lower(r.email));
      if (!e) fresh.push(r);
      else if (differs(e, merge(e, r), r)) changed.push(merge(e, r));
    }
    const created = await insertPeople(tx, fresh);
    await updatePeople(tx, changed);
    const skipped = batch.length - created - changed.length;
    await tx.db
      .update(peopleImports)
      .set({
        processed: at + batch.length,
        created: sql`${peopleImports.created} + ${created}`,
        updated: sql`${peopleImports.updated} + ${changed.length}`,
        skipped: sql`${peopleImports.skipped} + ${skipped}`,
      })
      .where(ofOrg(tx, peopleImports, eq(peopleImports.id, importId)));
  });
}

/** Pass 2: managers by e-mail, now that everyone in the file exists. Only rows with a manager column. */
async function managerBatch(ctx: Ctx, batch: ImportRow[]) {
  const withColumn = batch.filter((r) => r.managerEmail !== undefined);
  if (withColumn.length === 0) return;
  const emails = withColumn.flatMap((r) => [lower(r.email), ...(r.managerEmail ? [r.managerEmail] : [])]);
  const known = await existingByEmail(ctx, [...new Set(emails)]);
  const pairs = withColumn.flatMap((r) => {
    const person = known.get(lower(r.email));
    const managerId = r.managerEmail ? (known.get(r.managerEmail)?.id ?? null) : null;
    return person && person.managerId !== managerId ? [{ id: person.id, managerId }] : [];
  });
  await setManagers(ctx, pairs);
}

/**
 * The `people.import` job body. Resumes from the saved cursor if a previous attempt stopped half-way; a finished
 * import is left alone, so running it twice changes nothing.
 */
export async function applyImport(platform: Platform, orgId: string, importId: string): Promise<void> {
  const base = systemCtx(platform, orgId);
  const [imp] = await base.db
    .select()
    .from(peopleImports)
    .where(ofOrg(base, peopleImports, eq(peopleImports.id, importId)));
  if (!imp || (imp.status !== 'queued' && imp.status !== 'running')) return;
  const ctx: Ctx = { ...base, actor: await importerOf(base, imp.createdBy) };
  await ctx.db
    .update(peopleImports)
    .set({ status: 'running' })
    .where(ofOrg(ctx, peopleImports, eq(peopleImports.id, imp.id)));
  for (let at = imp.processed; at < imp.rows.length; at += BATCH)
    await upsertBatch(ctx, imp.id, at, imp.rows.slice(at, at + BATCH));
  for (let at = 0; at < imp.rows.length; at += BATCH) await managerBatch(ctx, imp.rows.slice(at, at + BATCH));
  await inTx(ctx, async (tx) => {
    const [done] = await tx.db
      .update(peopleImports)
      .set({ status: 'done', finishedAt: new Date() })
      .where(ofOrg(tx, peopleImports, eq(peopleImports.id, imp.id)))
      .returning();
    await recordAudit({
      ctx: tx,
      input: {
        action: 'people.imported',
        targetType: 'people_import',
        targetId: imp.id,
        data: {
          total: done.total,
          valid: done.valid,
          created: done.created,
          updated: done.updated,
          skipped: done.skipped,
          errors: done.errors.length,
        },
      },
    });
  });
}
