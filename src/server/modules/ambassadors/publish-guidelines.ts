import { and, desc, eq, inArray } from 'drizzle-orm';
import { type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { conflict } from '../../platform/errors';
import { recordAudit } from '../audit';
import { findPeopleDetails } from '../people';
import { versionLabel } from './guidelines-state';
import { queueNotices } from './notify';
import { lockProgramme } from './programme-rows';
import { guidelineVersions, members } from './schema';

/**
 * Publishes a draft as the next major (everyone in the programme must accept it before sharing through Voce again)
 * or minor version (members are only told). Numbering happens under the programme's lock, so two publications at
 * once get consecutive numbers; the draft moves once (a second publish of it answers 409).
 */
export async function publishGuidelines({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { programmeId: string; versionId: string; kind: 'major' | 'minor' };
}) {
  requirePermission(ctx, 'programme.manage');
  const { result, after } = await inTx(ctx, async (tx) => {
    const p = await lockProgramme(tx, input.programmeId);
    const [last] = await tx.db
      .select({ major: guidelineVersions.major, minor: guidelineVersions.minor })
      .from(guidelineVersions)
      .where(ofOrg(tx, guidelineVersions, eq(guidelineVersions.programmeId, p.id), eq(guidelineVersions.status, 'published')))
      .orderBy(desc(guidelineVersions.major), desc(guidelineVersions.minor))
      .limit(1);
    // The first publication is always 1.0: there is nothing to be a minor change of.
    const kind = last ? input.kind : 'major';
    const number = kind === 'major' ? { major: (last?.major ?? 0) + 1, minor: 0 } : { major: last.major, minor: last.minor + 1 };
    const [v] = await tx.db
      .update(guidelineVersions)
      .set({ status: 'published', publishedAt: new Date(), ...number })
      .where(
        ofOrg(
          tx,
          guidelineVersions,
          and(
            eq(guidelineVersions.id, input.versionId),
            eq(guidelineVersions.programmeId, p.id),
            inArray(guidelineVersions.status, ['draft', 'consultation']),
          ),
        ),
      )
      .returning({ id: guidelineVersions.id });
    if (!v) throw conflict('ambassadors.guidelines_not_draft');
    const version = versionLabel(number);
    await recordAudit({
      ctx: tx,
      input: {
        action: `programme.guidelines_published_${kind}`,
        targetType: 'programme',
        targetId: p.id,
        targetName: p.name,
        data: { version },
      },
    });
    const current = await tx.db
      .select({ personId: members.personId })
      .from(members)
      .where(ofOrg(tx, members, eq(members.programmeId, p.id), inArray(members.status, ['active', 'suspended'])));
    const people = await findPeopleDetails(
      tx,
      current.map((m) => m.personId),
    );
    const after = await queueNotices(
      tx,
      people
        .filter((x) => x.status === 'active')
        .map((to) => ({
          to,
          template: kind === 'major' ? ('programme_guidelines' as const) : ('programme_guidelines_minor' as const),
          vars: { programme: p.name, version },
          path: `/ambassadors/${p.id}/guidelines`,
        })),
    );
    return { result: { id: v.id, version, kind }, after };
  });
  await after(ctx.platform);
  return result;
}
