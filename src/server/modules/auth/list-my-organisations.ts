import type { Login } from '../../platform/http/types';
import type { Platform } from '../../platform/platform';
import type { MyOrganisationsT } from './contract';
import { activeMemberships } from './memberships';

/** The organisations a login may enter (its active memberships), marking the one this session acts in. */
export async function listMyOrganisations({
  platform,
  login,
  currentOrgId,
}: {
  platform: Platform;
  login: Login;
  currentOrgId: string | null;
}): Promise<MyOrganisationsT> {
  const rows = await activeMemberships(platform.db, login.userId);
  return {
    items: rows.map(({ person, orgName }) => ({
      id: person.orgId,
      name: orgName,
      roles: person.roles,
      current: person.orgId === currentOrgId,
    })),
  };
}
