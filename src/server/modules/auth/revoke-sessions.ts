import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { session } from './schema';

/** Signs a user out everywhere by deleting their better-auth sessions (a deactivated person must lose access now). */
export async function revokeSessions(db: DbOrTx, userId: string): Promise<number> {
  const gone = await db.delete(session).where(eq(session.userId, userId)).returning({ id: session.id });
  return gone.length;
}
