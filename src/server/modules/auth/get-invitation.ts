import type { Platform } from '../../platform/platform';
import type { Auth } from './better-auth';
import type { InvitationInfoT } from './contract';
import { findLoginByEmail } from './create-login';
import { findInvitation } from './find-invitation';

/**
 * What the invitation page shows: who it is for, whether the e-mail already has a login (then the person signs in to
 * join instead of choosing a password) and whether this browser is signed in as that login, someone else or nobody.
 */
export async function getInvitation(platform: Platform, auth: Auth, token: string, headers: Headers): Promise<InvitationInfoT> {
  const { person, orgName, locale } = await findInvitation(platform, token);
  const [login, s] = await Promise.all([findLoginByEmail(platform.db, person.email), auth.api.getSession({ headers })]);
  const signedIn = !s ? 'nobody' : s.user.email.toLowerCase() === person.email.toLowerCase() ? 'invitee' : 'someone_else';
  return { email: person.email, name: person.name, organisation: orgName, locale, existingLogin: !!login, signedIn };
}
