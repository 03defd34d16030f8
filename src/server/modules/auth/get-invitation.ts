import type { Platform } from '../../platform/platform';
import type { InvitationInfoT } from './contract';
import { findInvitation } from './find-invitation';

/** What the invitation page shows before the person chooses a password. */
export async function getInvitation(platform: Platform, token: string): Promise<InvitationInfoT> {
  const { person, orgName, locale } = await findInvitation(platform, token);
  return { email: person.email, name: person.name, organisation: orgName, locale };
}
