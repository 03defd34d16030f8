import { and, eq, inArray } from 'drizzle-orm';
import { inTx, ofOrg, systemCtx } from '../../platform/ctx';
import type { Platform } from '../../platform/platform';
import { recordAudit } from '../audit';
import { findPeopleDetails } from '../people';
import type { AfterCommit } from './notify';
import { findProgramme } from './programme-rows';
import { members } from './schema';
import { raiseValanga } from './valanga';

/**
 * Offboarding, found by a sweep rather than hooked into the people module: a member whose person was deactivated
 * leaves the programme (status left). Their links keep redirecting and the clicks already out there still count;
 * they leave the boards and earn no more points (award-points.ts skips inactive people). A key voice raises the
 * valanga alert. The conditional update makes a second sweep, or two at once, a no-op.
 */
export async function offboardDeactivated(platform: Platform): Promise<number> {
  const open = await platform.db
    .selectDistinct({ orgId: members.orgId })
    .from(members)
    .where(inArray(members.status, ['active', 'suspended']));
  let moved = 0;
  for (const { orgId } of open) {
    const ctx = systemCtx(platform, orgId);
    const seated = await ctx.db
      .select({ id: members.id, personId: members.personId, programmeId: members.programmeId })
      .from(members)
      .where(ofOrg(ctx, members, inArray(members.status, ['active', 'suspended'])));
    const people = await findPeopleDetails(
      ctx,
      seated.map((m) => m.personId),
    );
    const gone = new Set(people.filter((p) => p.status === 'inactive').map((p) => p.id));
    for (const m of seated.filter((x) => gone.has(x.personId))) {
      const after: AfterCommit | null = await inTx(ctx, async (tx) => {
        const [left] = await tx.db
          .update(members)
          .set({ status: 'left', endedAt: new Date() })
          .where(ofOrg(tx, members, and(eq(members.id, m.id), inArray(members.status, ['active', 'suspended']))))
          .returning({ id: members.id });
        if (!left) return null;
        moved++;
        await recordAudit({
          ctx: tx,
          input: {
            action: 'programme.member_left',
            targetType: 'person',
            targetId: m.personId,
            data: { programmeId: m.programmeId },
          },
        });
        return raiseValanga(tx, await findProgramme(tx, m.programmeId), m, 'deactivated');
      });
      await after?.(platform);
    }
  }
  return moved;
}
