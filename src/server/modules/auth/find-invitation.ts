import { eq } from 'drizzle-orm';
import { AppError } from '../../platform/errors';
import { isLocale, type Locale } from '../../platform/i18n';
import type { Platform } from '../../platform/platform';
import { organisations } from '../organisations/schema';
import { people } from '../people/schema';
import { invitations } from './schema';
import { hashToken } from './token';

/**
 * The invitation behind a token, with its person and organisation. Public (the token is the credential), so the
 * lookup is by the token's hash, not by organisation. Unknown, used or superseded → 404; past its date → 410.
 */
export async function findInvitation(platform: Platform, token: string) {
  const [row] = await platform.db
    .select({ invitation: invitations, person: people, orgName: organisations.name })
    .from(invitations)
    .innerJoin(people, eq(people.id, invitations.personId))
    .innerJoin(organisations, eq(organisations.id, invitations.orgId))
    .where(eq(invitations.tokenHash, hashToken(token)))
    .limit(1);
  if (!row || row.invitation.acceptedAt || row.person.status !== 'invited') throw new AppError('auth.invitation_invalid', 404);
  if (row.invitation.expiresAt < new Date()) throw new AppError('auth.invitation_expired', 410);
  const locale: Locale = isLocale(row.person.locale) ? row.person.locale : 'it';
  return { ...row, locale };
}
