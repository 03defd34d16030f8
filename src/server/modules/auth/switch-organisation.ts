import { eq } from 'drizzle-orm';
import { notFound } from '../../platform/errors';
import type { Login } from '../../platform/http/types';
import type { Platform } from '../../platform/platform';
import { recordAudit } from '../audit';
import { activeMemberships } from './memberships';
import { personCtx } from './person-ctx';
import { session } from './schema';

/**
 * Makes this session act in another organisation of the login. Only an organisation where the login has an active
 * membership (anything else answers 404, as if it did not exist); stored on the session row, so every server sees
 * it. Audited in the organisation entered.
 */
export async function switchOrganisation({
  platform,
  login,
  input,
}: {
  platform: Platform;
  login: Login;
  input: { orgId: string };
}): Promise<void> {
  const membership = (await activeMemberships(platform.db, login.userId)).find((m) => m.person.orgId === input.orgId);
  if (!membership) throw notFound('organisation');
  const { person } = membership;
  await platform.db.transaction(async (tx) => {
    await tx.update(session).set({ activeOrgId: person.orgId }).where(eq(session.id, login.sessionId));
    await recordAudit({
      ctx: { ...personCtx(platform, person), db: tx },
      input: { action: 'auth.organisation_entered', targetType: 'person', targetId: person.id, targetName: person.name },
    });
  });
}
