import { and, asc, eq, ilike } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { people } from './schema';

/** Up to 20 active people of the caller's organisation whose name contains `q` (for pickers). */
export async function searchActivePeople(ctx: Ctx, q: string) {
  const pattern = `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  return ctx.db
    .select({ id: people.id, name: people.name, department: people.department })
    .from(people)
    .where(ofOrg(ctx, people, and(eq(people.status, 'active'), ilike(people.name, pattern))))
    .orderBy(asc(people.name))
    .limit(20);
}
