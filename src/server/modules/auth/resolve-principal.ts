import { and, asc, eq } from 'drizzle-orm';
import type { Principal } from '../../platform/http/types';
import { isLocale } from '../../platform/i18n';
import type { Platform } from '../../platform/platform';
import { people } from '../people/schema';
import type { Auth } from './better-auth';

/**
 * The signed-in user and the organisation they act in. A user may belong to several organisations:
 * the `x-voce-org` header picks one, otherwise the oldest membership is used.
 */
export async function resolvePrincipal(platform: Platform, auth: Auth, headers: Headers): Promise<Principal | null> {
  const s = await auth.api.getSession({ headers });
  if (!s) return null;
  const memberships = await platform.db
    .select()
    .from(people)
    .where(and(eq(people.userId, s.user.id), eq(people.status, 'active')))
    .orderBy(asc(people.createdAt));
  const wanted = headers.get('x-voce-org');
  const person = memberships.find((p) => p.orgId === wanted) ?? memberships[0];
  if (!person) return null;
  return {
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
  };
}
