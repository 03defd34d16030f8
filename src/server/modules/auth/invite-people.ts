import { eq, inArray, isNull } from 'drizzle-orm';
import { type Ctx, inTx, ofOrg, requirePermission } from '../../platform/ctx';
import { isLocale } from '../../platform/i18n';
import { recordAudits } from '../audit';
import { queueMails } from '../mail';
import { organisations } from '../organisations/schema';
import { people } from '../people/schema';
import { invitations } from './schema';
import { INVITATION_DAYS, newToken } from './token';

export type InviteInput = { personIds: string[] };

const CHUNK = 1000;

/**
 * Invites people who have no login yet (pending or invited): a fresh single-use link per person (older ones are
 * revoked), the e-mail in the person's language. Works in chunks of 1000 so thousands cost a few statements each.
 */
export async function invitePeople({ ctx, input }: { ctx: Ctx; input: InviteInput }): Promise<{ queued: number }> {
  requirePermission(ctx, 'people.invite');
  const ids = [...new Set(input.personIds)];
  const [org] = await ctx.db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, ctx.orgId));
  const inviterName = ctx.actor?.name ?? org.name;
  const { publicUrl } = ctx.platform.config;
  let queued = 0;
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const mails = await inTx(ctx, async (tx) => {
      const targets = await tx.db
        .select({ id: people.id, name: people.name, email: people.email, locale: people.locale })
        .from(people)
        .where(ofOrg(tx, people, inArray(people.id, chunk), inArray(people.status, ['pending', 'invited'])))
        .for('update');
      if (targets.length === 0) return null;
      const targetIds = targets.map((p) => p.id);
      // Revoking = deleting the unused links: only the newest e-mail works.
      await tx.db
        .delete(invitations)
        .where(ofOrg(tx, invitations, inArray(invitations.personId, targetIds), isNull(invitations.acceptedAt)));
      const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000);
      const tokens = targets.map((p) => ({ person: p, ...newToken() }));
      await tx.db
        .insert(invitations)
        .values(tokens.map((t) => ({ orgId: ctx.orgId, personId: t.person.id, tokenHash: t.hash, expiresAt })));
      await tx.db
        .update(people)
        .set({ status: 'invited', updatedAt: new Date() })
        .where(ofOrg(tx, people, inArray(people.id, targetIds)));
      await recordAudits({
        ctx: tx,
        input: targets.map((p) => ({ action: 'person.invited', targetType: 'person', targetId: p.id, targetName: p.name })),
      });
      return queueMails(
        tx.db,
        tokens.map((t) => ({
          orgId: ctx.orgId,
          to: t.person.email,
          template: 'invitation' as const,
          locale: isLocale(t.person.locale) ? t.person.locale : 'it',
          vars: { name: t.person.name, inviterName, orgName: org.name, url: `${publicUrl}/invitation/${t.token}` },
        })),
      );
    });
    if (!mails) continue;
    await mails.enqueue(ctx.platform);
    queued += mails.ids.length;
  }
  return { queued };
}
