import { and, desc, eq } from 'drizzle-orm';
import { type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import { conflict } from '../../platform/errors';
import { recordAudit } from '../audit';
import { findPeopleById } from '../people';
import type { AlertListT } from './contract';
import { findProgramme } from './programme-rows';
import { valangaAlerts } from './schema';

/** The programme's valanga alerts, newest first. */
export async function listAlerts({ ctx, input }: { ctx: Ctx; input: { programmeId: string } }): Promise<AlertListT> {
  requirePermission(ctx, 'programme.manage');
  const p = await findProgramme(ctx, input.programmeId);
  const rows = await ctx.db
    .select()
    .from(valangaAlerts)
    .where(ofOrg(ctx, valangaAlerts, eq(valangaAlerts.programmeId, p.id)))
    .orderBy(desc(valangaAlerts.createdAt));
  const names = await findPeopleById(
    ctx,
    rows.map((r) => r.personId),
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      person: names.get(r.personId)?.name ?? '—',
      trigger: r.trigger,
      clickShare: r.clickShare,
      affected: r.affected,
      suggestions: r.suggestions,
      createdAt: r.createdAt.toISOString(),
      acknowledged: r.acknowledgedAt !== null,
    })),
  };
}

/** Comms mark an alert as handled (audited). */
export async function acknowledgeAlert({ ctx, input }: { ctx: Ctx; input: { programmeId: string; alertId: string } }) {
  requirePermission(ctx, 'programme.manage');
  const [row] = await ctx.db
    .update(valangaAlerts)
    .set({ acknowledgedAt: new Date() })
    .where(ofOrg(ctx, valangaAlerts, and(eq(valangaAlerts.id, input.alertId), eq(valangaAlerts.programmeId, input.programmeId))))
    .returning({ id: valangaAlerts.id, personId: valangaAlerts.personId });
  if (!row) throw conflict('ambassadors.nothing_to_answer');
  await recordAudit({ ctx, input: { action: 'programme.valanga_acknowledged', targetType: 'person', targetId: row.personId } });
  return { ok: true };
}
