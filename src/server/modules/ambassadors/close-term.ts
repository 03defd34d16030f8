import { and, eq, inArray, lte, ne, sql } from 'drizzle-orm';
import { inTx, ofOrg, systemCtx } from '../../platform/ctx';
import type { Platform } from '../../platform/platform';
import { recordAudit } from '../audit';
import { findPeopleWithRoles } from '../people';
import { queueNotices } from './notify';
import { findProgramme, today } from './programme-rows';
import { cohorts, members } from './schema';

/**
 * Ends a cohort's term: its members become alumni (they keep sharing as employees) and comms are told. Runs at most
 * once per cohort whatever the number of jobs or processes: the cohort is claimed with a conditional update
 * (status <> 'ended' → 'ended') in the same transaction as everything else, so a second run finds nothing to do.
 * A failure is written on the cohort (close_error, shown to comms) and the hourly sweep tries again.
 */
export async function closeTerm(platform: Platform, cohortId: string, now = new Date()): Promise<boolean> {
  const [row] = await platform.db.select({ orgId: cohorts.orgId }).from(cohorts).where(eq(cohorts.id, cohortId));
  if (!row) return false;
  const ctx = systemCtx(platform, row.orgId);
  try {
    const after = await inTx(ctx, async (tx) => {
      const [c] = await tx.db
        .update(cohorts)
        .set({ status: 'ended', endedAt: now, closeError: null })
        .where(ofOrg(tx, cohorts, and(eq(cohorts.id, cohortId), ne(cohorts.status, 'ended'), lte(cohorts.endsOn, today(now)))))
        .returning();
      if (!c) return null;
      const moved = await tx.db
        .update(members)
        .set({ status: 'alumni', endedAt: now })
        .where(ofOrg(tx, members, and(eq(members.cohortId, c.id), inArray(members.status, ['active', 'suspended']))))
        .returning({ id: members.id });
      const p = await findProgramme(tx, c.programmeId);
      await recordAudit({
        ctx: tx,
        input: {
          action: 'programme.term_ended',
          targetType: 'programme',
          targetId: p.id,
          targetName: c.name,
          data: { alumni: moved.length },
        },
      });
      let comms = await findPeopleWithRoles(tx, ['editor']);
      if (comms.length === 0) comms = await findPeopleWithRoles(tx, ['admin']);
      return queueNotices(
        tx,
        comms.map((to) => ({
          to,
          template: 'programme_term_ended' as const,
          vars: { programme: p.name, cohort: c.name, count: String(moved.length) },
          path: `/programmes/${p.id}?tab=rotation`,
        })),
      );
    });
    if (!after) return false;
    await after(platform);
    return true;
  } catch (err) {
    await platform.db
      .update(cohorts)
      .set({ closeError: String((err as Error).message ?? err).slice(0, 500) })
      .where(and(eq(cohorts.id, cohortId), ne(cohorts.status, 'ended')));
    throw err;
  }
}

/** Cohorts whose term is over and not yet closed, across organisations (the hourly sweep). */
export async function dueCohorts(platform: Platform, now = new Date()): Promise<string[]> {
  const rows = await platform.db
    .select({ id: cohorts.id })
    .from(cohorts)
    .where(and(ne(cohorts.status, 'ended'), lte(cohorts.endsOn, today(now))))
    .limit(500);
  return rows.map((r) => r.id);
}

/** Planned cohorts whose first day has come are now the current ones. */
export async function startDueCohorts(platform: Platform, now = new Date()): Promise<void> {
  await platform.db
    .update(cohorts)
    .set({ status: 'current' })
    .where(and(eq(cohorts.status, 'planned'), sql`${cohorts.startsOn} <= ${today(now)}`));
}
