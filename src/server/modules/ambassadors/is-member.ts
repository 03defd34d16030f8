import { and, eq } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { members } from './schema';

/** Whether the person is an active member of any ambassador programme (other modules' "programme members only" rules). */
export async function isProgrammeMember(ctx: Ctx, personId: string): Promise<boolean> {
  const [row] = await ctx.db
    .select({ id: members.personId })
    .from(members)
    .where(ofOrg(ctx, members, and(eq(members.personId, personId), eq(members.status, 'active'))))
    .limit(1);
  return Boolean(row);
}
