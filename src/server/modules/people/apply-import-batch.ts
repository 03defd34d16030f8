import { eq, sql } from 'drizzle-orm';
import { type Ctx, inTx, ofOrg } from '../../platform/ctx';
import type { Role } from '../../platform/permissions';
import { type AuditInput, recordAudits } from '../audit';
import type { ImportRowErrorT } from './contract';
import { existingByEmail } from './existing-people';
import { adminRuleCodes } from './import-admin-rule';
import { differs, insertPeople, type Merged, merge, setManagers, updatePeople } from './import-batch';
import { holdClaim } from './import-claim';
import { type ImportRow, peopleImports } from './schema';

const lower = (s: string) => s.toLowerCase();
const sameRoles = (a: Role[], b: Role[]) => a.length === b.length && a.every((r) => b.includes(r));

type Batch = { importId: string; token: string; batch: ImportRow[] };

/**
 * Pass 1 for one batch, in one transaction that first renews the claim: insert the new, update the changed, count
 * the unchanged, move the cursor. The admin rule is checked again with the importer's roles of now (rows it refuses
 * join the errors), and every change of roles is audited per person, as an edit by hand is.
 */
export async function applyBatch(ctx: Ctx, { importId, token, at, batch }: Batch & { at: number }): Promise<void> {
  const importerIsAdmin = ctx.actor?.roles.includes('admin') ?? false;
  await inTx(ctx, async (tx) => {
    await holdClaim(tx, importId, token);
    const existing = await existingByEmail(
      tx,
      batch.map((r) => lower(r.email)),
    );
    const refused: ImportRowErrorT[] = [];
    const fresh: ImportRow[] = [];
    const changed: Merged[] = [];
    const audits: AuditInput[] = [];
    for (const r of batch) {
      const e = existing.get(lower(r.email));
      const codes = adminRuleCodes(r, e, importerIsAdmin);
      if (codes.length > 0) refused.push(...codes.map((code) => ({ row: r.row, email: r.email, code })));
      else if (!e) fresh.push(r);
      else if (differs(e, merge(e, r), r)) {
        const m = merge(e, r);
        changed.push(m);
        if (!sameRoles(e.roles, m.roles))
          audits.push({
            action: 'person.roles_changed',
            targetType: 'person',
            targetId: e.id,
            targetName: m.name,
            data: { from: e.roles, to: m.roles },
          });
      }
    }
    const created = await insertPeople(tx, fresh);
    await updatePeople(tx, changed);
    await recordAudits({ ctx: tx, input: audits });
    const refusedRows = new Set(refused.map((e) => e.row)).size;
    await tx.db
      .update(peopleImports)
      .set({
        processed: at + batch.length,
        valid: sql`${peopleImports.valid} - ${refusedRows}`,
        created: sql`${peopleImports.created} + ${created}`,
        updated: sql`${peopleImports.updated} + ${changed.length}`,
        skipped: sql`${peopleImports.skipped} + ${batch.length - refusedRows - created - changed.length}`,
        ...(refused.length > 0 ? { errors: sql`${peopleImports.errors} || ${JSON.stringify(refused)}::jsonb` } : {}),
      })
      .where(ofOrg(tx, peopleImports, eq(peopleImports.id, importId)));
  });
}

/** Pass 2 for one batch: managers by e-mail, now that everyone in the file exists. Only rows with a manager column. */
export async function applyManagers(tx: Ctx, { importId, token, batch }: Batch): Promise<void> {
  await holdClaim(tx, importId, token);
  const withColumn = batch.filter((r) => r.managerEmail !== undefined);
  if (withColumn.length === 0) return;
  const emails = withColumn.flatMap((r) => [lower(r.email), ...(r.managerEmail ? [r.managerEmail] : [])]);
  const known = await existingByEmail(tx, [...new Set(emails)]);
  const pairs = withColumn.flatMap((r) => {
    const person = known.get(lower(r.email));
    const managerId = r.managerEmail ? (known.get(r.managerEmail)?.id ?? null) : null;
    return person && person.managerId !== managerId ? [{ id: person.id, managerId }] : [];
  });
  await setManagers(tx, pairs);
}
