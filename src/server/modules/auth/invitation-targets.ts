import { gt, inArray, isNull, sql } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import type { Tx } from '../../platform/db/client';
import { mayManage } from '../people';
import { people } from '../people/schema';
import { invitations, user } from './schema';

/** A repeat of an invitation within this window returns the first result: no new link, no second e-mail. */
const REPEAT_WINDOW = sql`now() - interval '2 minutes'`;

export type Target = { id: string; name: string; email: string; locale: string; existingLogin: boolean };

/**
 * Sorts the requested people of one chunk, rows locked until the transaction ends (concurrent invitations of one
 * person run one after the other, so the second sees the first's link):
 * - refused: the caller may not manage them (they hold the admin role and the caller is not an admin);
 * - recent: invited less than 2 minutes ago — the e-mail already sent is their invitation;
 * - fresh: to invite now, each marked with whether their e-mail already has a login.
 * People who are members already (active, inactive) are left out.
 */
export async function sortTargets(ctx: Ctx & { db: Tx }, ids: string[]) {
  const rows = await ctx.db
    .select({ id: people.id, name: people.name, email: people.email, locale: people.locale, roles: people.roles })
    .from(people)
    .where(ofOrg(ctx, people, inArray(people.id, ids), inArray(people.status, ['pending', 'invited'])))
    .for('update');
  const refused = rows.filter((p) => !mayManage(ctx, p)).map((p) => p.id);
  const allowed = rows.filter((p) => mayManage(ctx, p));
  const recentRows =
    allowed.length === 0
      ? []
      : await ctx.db
          .selectDistinct({ personId: invitations.personId })
          .from(invitations)
          .where(
            ofOrg(
              ctx,
              invitations,
              inArray(
                invitations.personId,
                allowed.map((p) => p.id),
              ),
              isNull(invitations.acceptedAt),
              gt(invitations.createdAt, REPEAT_WINDOW),
            ),
          );
  const recent = new Set(recentRows.map((r) => r.personId));
  const toInvite = allowed.filter((p) => !recent.has(p.id));
  const emails = toInvite.map((p) => p.email.toLowerCase());
  const logins =
    emails.length === 0 ? [] : await ctx.db.select({ email: user.email }).from(user).where(inArray(user.email, emails));
  const withLogin = new Set(logins.map((l) => l.email));
  const fresh: Target[] = toInvite.map((p) => ({ ...p, existingLogin: withLogin.has(p.email.toLowerCase()) }));
  return { refused, recent: recent.size, fresh };
}

/** Revokes the person's unused links (only the newest e-mail works) and stores the new ones' hashes. */
export async function replaceLinks(ctx: Ctx & { db: Tx }, links: { personId: string; hash: string }[], expiresAt: Date) {
  await ctx.db.delete(invitations).where(
    ofOrg(
      ctx,
      invitations,
      inArray(
        invitations.personId,
        links.map((l) => l.personId),
      ),
      isNull(invitations.acceptedAt),
    ),
  );
  await ctx.db
    .insert(invitations)
    .values(links.map((l) => ({ orgId: ctx.orgId, personId: l.personId, tokenHash: l.hash, expiresAt })));
}
