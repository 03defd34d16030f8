import { and, eq, inArray } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { AppError } from '../../platform/errors';
import { t } from '../../platform/i18n';
import { acceptedAny, currentGuidelines, versionLabel } from './guidelines-state';
import { members, programmes } from './schema';

/**
 * The share flow's guard (sharing calls it through this module's index before recording a share). A programme member
 * whose sharing is suspended, or who has not accepted the current major version of the guidelines, may not share
 * through Voce: 403 ambassadors.sharing_blocked, saying why and where to go (details.href). Not a member: no rule.
 */
export async function assertMayShare(ctx: Ctx, personId: string): Promise<void> {
  const mine = await ctx.db
    .select({ programmeId: members.programmeId, status: members.status, reason: members.suspendedReason, name: programmes.name })
    .from(members)
    .innerJoin(programmes, eq(programmes.id, members.programmeId))
    .where(ofOrg(ctx, members, and(eq(members.personId, personId), inArray(members.status, ['active', 'suspended']))));
  if (mine.length === 0) return;
  const block = (programmeId: string, why: string, reason: 'suspended' | 'guidelines') => {
    // Guidelines to accept: straight to them; suspended: the programme page, which says why and whom to ask.
    const href = reason === 'guidelines' ? `/ambassadors/${programmeId}/guidelines` : `/ambassadors/${programmeId}`;
    throw new AppError('ambassadors.sharing_blocked', 403, { why }, { reason, programmeId, href });
  };
  const suspended = mine.find((m) => m.status === 'suspended');
  if (suspended)
    block(
      suspended.programmeId,
      t(ctx.locale, 'ambassadors:blocked.suspended', { programme: suspended.name, reason: suspended.reason ?? '' }),
      'suspended',
    );
  const current = await currentGuidelines(
    ctx,
    mine.map((m) => m.programmeId),
  );
  for (const m of mine) {
    const g = current.get(m.programmeId);
    if (g && !(await acceptedAny(ctx, g.sameMajor, [personId])).has(personId))
      block(
        m.programmeId,
        t(ctx.locale, 'ambassadors:blocked.guidelines', { programme: m.name, version: versionLabel(g.latest) }),
        'guidelines',
      );
  }
}
