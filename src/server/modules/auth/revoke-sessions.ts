import { and, eq, isNull, or } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { session } from './schema';

/**
 * Signs a login out of one organisation at once (a deactivated person must lose access now): deletes its sessions
 * acting in that organisation, and those that have not chosen one. Sessions acting in the login's other
 * organisations stay: another organisation's decision must not sign the person out of theirs.
 */
export async function revokeSessions(db: DbOrTx, userId: string, orgId: string): Promise<number> {
  const gone = await db
    .delete(session)
    .where(and(eq(session.userId, userId), or(eq(session.activeOrgId, orgId), isNull(session.activeOrgId))))
    .returning({ id: session.id });
  return gone.length;
}
