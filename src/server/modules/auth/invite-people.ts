import { eq, inArray } from 'drizzle-orm';
import { type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { AppError } from '../../platform/errors';
import { isLocale } from '../../platform/i18n';
import { recordAudits } from '../audit';
import { queueMails } from '../mail';
import { organisations } from '../organisations/schema';
import { people } from '../people/schema';
import type { InviteResultT } from './contract';
import { replaceLinks, sortTargets } from './invitation-targets';
import { INVITATION_DAYS, newToken } from './token';

export type InviteInput = { personIds: string[] };

const CHUNK = 1000;

/**
 * Invites people who are not members yet (pending or invited): a fresh single-use link per person (older ones are
 * revoked), the e-mail in the person's language — worded "sign in to join" when their e-mail already has a login.
 * Idempotent for double submits: a person invited less than 2 minutes ago counts as queued without a new link or
 * e-mail. People the caller may not manage (admins, for a non-admin) are refused one by one; if every one is
 * refused, 403. Works in chunks of 1000 so thousands cost a few statements each.
 */
export async function invitePeople({ ctx, input }: { ctx: Ctx; input: InviteInput }): Promise<InviteResultT> {
  requirePermission(ctx, 'people.invite');
  const ids = [...new Set(input.personIds)];
  const [org] = await ctx.db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, ctx.orgId));
  const inviterName = ctx.actor?.name ?? org.name;
  const { publicUrl } = ctx.platform.config;
  let queued = 0;
  const refused: InviteResultT['refused'] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const mails = await inTx(ctx, async (tx) => {
      const sorted = await sortTargets(tx, chunk);
      refused.push(...sorted.refused.map((personId) => ({ personId, code: 'people.admin_role_required' })));
      queued += sorted.recent;
      const targets = sorted.fresh;
      if (targets.length === 0) return null;
      const targetIds = targets.map((p) => p.id);
      const tokens = targets.map((p) => ({ person: p, ...newToken() }));
      const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000);
      await replaceLinks(
        tx,
        tokens.map((t) => ({ personId: t.person.id, hash: t.hash })),
        expiresAt,
      );
      await tx.db
        .update(people)
        .set({ status: 'invited', updatedAt: new Date() })
        .where(ofOrg(tx, people, inArray(people.id, targetIds)));
      await recordAudits({
        ctx: tx,
        input: targets.map((p) => ({ action: 'person.invited', targetType: 'person', targetId: p.id, targetName: p.name })),
      });
      return queueMails(
        ctx.platform,
        tx.db,
        tokens.map((t) => ({
          orgId: ctx.orgId,
          to: t.person.email,
          template: t.person.existingLogin ? ('invitation_existing' as const) : ('invitation' as const),
          locale: isLocale(t.person.locale) ? t.person.locale : 'it',
          vars: { name: t.person.name, inviterName, orgName: org.name, url: `${publicUrl}/invitation/${t.token}` },
        })),
      );
    });
    if (!mails) continue;
    await mails.enqueue(ctx.platform);
    queued += mails.ids.length;
  }
  if (refused.length > 0 && queued === 0) throw new AppError('people.admin_role_required', 403);
  return { queued, refused };
}
