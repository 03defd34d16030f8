import { and, eq, inArray } from 'drizzle-orm';
import { actorOf, type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { AppError, conflict, notFound } from '../../platform/errors';
import { recordAudit } from '../audit';
import { currentGuidelines, versionLabel } from './guidelines-state';
import { guidelineAcceptances, guidelineComments, guidelineVersions, members } from './schema';

/**
 * I accept a version of the guidelines. Only the current one can be accepted: a page left open on an older
 * version answers 409 guidelines_not_current (the person reads the new text first). Accepting twice is one record.
 */
export async function acceptGuidelines({ ctx, input }: { ctx: Ctx; input: { versionId: string } }) {
  requirePermission(ctx, 'share');
  const me = actorOf(ctx);
  return inTx(ctx, async (tx) => {
    const [v] = await tx.db
      .select({
        programmeId: guidelineVersions.programmeId,
        status: guidelineVersions.status,
        major: guidelineVersions.major,
        minor: guidelineVersions.minor,
      })
      .from(guidelineVersions)
      .where(ofOrg(tx, guidelineVersions, eq(guidelineVersions.id, input.versionId)));
    if (v?.status !== 'published') throw notFound('guidelines');
    const current = (await currentGuidelines(tx, [v.programmeId])).get(v.programmeId);
    if (current?.latest.id !== input.versionId) throw conflict('ambassadors.guidelines_not_current');
    const inserted = await tx.db
      .insert(guidelineAcceptances)
      .values({ orgId: ctx.orgId, versionId: input.versionId, personId: me.personId })
      .onConflictDoNothing()
      .returning({ at: guidelineAcceptances.acceptedAt });
    if (inserted.length > 0)
      await recordAudit({
        ctx: tx,
        input: {
          action: 'programme.guidelines_accepted',
          targetType: 'programme',
          targetId: v.programmeId,
          data: { version: versionLabel(v) },
        },
      });
    return { ok: true };
  });
}

/** A member comments on a draft opened for comments. */
export async function commentGuidelines({ ctx, input }: { ctx: Ctx; input: { versionId: string; body: string } }) {
  requirePermission(ctx, 'share');
  const me = actorOf(ctx);
  const [v] = await ctx.db
    .select({ programmeId: guidelineVersions.programmeId, status: guidelineVersions.status })
    .from(guidelineVersions)
    .where(ofOrg(ctx, guidelineVersions, eq(guidelineVersions.id, input.versionId)));
  if (!v) throw notFound('guidelines');
  if (v.status !== 'consultation') throw conflict('ambassadors.consultation_closed');
  const [member] = await ctx.db
    .select({ id: members.id })
    .from(members)
    .where(
      ofOrg(
        ctx,
        members,
        and(
          eq(members.programmeId, v.programmeId),
          eq(members.personId, me.personId),
          inArray(members.status, ['active', 'suspended']),
        ),
      ),
    );
  if (!member && !me.roles.some((r) => r === 'admin' || r === 'editor' || r === 'hr')) throw new AppError('forbidden', 403);
  await ctx.db
    .insert(guidelineComments)
    .values({ orgId: ctx.orgId, versionId: input.versionId, personId: me.personId, body: input.body });
  return { ok: true };
}
