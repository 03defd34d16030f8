import type { Ctx } from '../../platform/ctx';
import { isLocale } from '../../platform/i18n';
import type { Role } from '../../platform/permissions';
import type { Platform } from '../../platform/platform';

type PersonRow = { id: string; orgId: string; userId: string | null; name: string; email: string; roles: Role[]; locale: string };

/** The context of a person acting without a session yet (signing in, accepting an invitation): for audit records. */
export function personCtx(platform: Platform, p: PersonRow): Ctx {
  const locale = isLocale(p.locale) ? p.locale : 'it';
  return {
    orgId: p.orgId,
    actor: { personId: p.id, userId: p.userId, name: p.name, email: p.email, roles: p.roles, locale },
    db: platform.db,
    platform,
    locale,
  };
}
