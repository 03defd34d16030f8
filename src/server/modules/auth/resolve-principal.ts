import type { Login, Principal } from '../../platform/http/types';
import { isLocale } from '../../platform/i18n';
import type { Platform } from '../../platform/platform';
import type { Auth } from './better-auth';
import { activeMemberships } from './memberships';

/**
 * The signed-in login and the organisation it acts in. A login may belong to several organisations: the one chosen
 * for this session (stored on the session row) is used; with a single active membership no choice is needed; with
 * several and none chosen there is a login but no principal (tenant routes answer 409 auth.choose_organisation).
 * A login without any active membership is treated as signed out (a deactivated person loses access at once).
 */
export async function resolvePrincipal(
  platform: Platform,
  auth: Auth,
  headers: Headers,
): Promise<{ login: Login | null; principal: Principal | null }> {
  const s = await auth.api.getSession({ headers });
  if (!s) return { login: null, principal: null };
  const memberships = await activeMemberships(platform.db, s.user.id);
  if (memberships.length === 0) return { login: null, principal: null };
  const login: Login = { userId: s.user.id, sessionId: s.session.id, email: s.user.email, name: s.user.name };
  const chosen = memberships.find((m) => m.person.orgId === s.session.activeOrgId);
  const person = chosen?.person ?? (memberships.length === 1 ? memberships[0].person : undefined);
  if (!person) return { login, principal: null };
  return {
    login,
    principal: {
      userId: s.user.id,
      orgId: person.orgId,
      actor: {
        personId: person.id,
        userId: s.user.id,
        name: person.name,
        email: person.email,
        roles: person.roles,
        locale: isLocale(person.locale) ? person.locale : 'it',
      },
    },
  };
}
