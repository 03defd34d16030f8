import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { organisations } from '../organisations/schema';
import { people } from '../people/schema';

/**
 * A login's active memberships: one `people` row per organisation it belongs to, with the organisation's name.
 * Ordered by organisation name (then id) so lists are stable; the order never decides which one is used.
 */
export async function activeMemberships(db: DbOrTx, userId: string) {
  return db
    .select({ person: people, orgName: organisations.name })
    .from(people)
    .innerJoin(organisations, eq(organisations.id, people.orgId))
    .where(and(eq(people.userId, userId), eq(people.status, 'active')))
    .orderBy(asc(organisations.name), asc(organisations.id));
}
