import { eq } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { notFound } from '../../platform/errors';
import { members } from './schema';

export type MemberRow = typeof members.$inferSelect;

/** A member of the caller's organisation, locked until the transaction ends (suspend, reinstate, leave: one at a time). */
export async function lockMember(ctx: Ctx, id: string): Promise<MemberRow> {
  const [m] = await ctx.db
    .select()
    .from(members)
    .where(ofOrg(ctx, members, eq(members.id, id)))
    .for('update');
  if (!m) throw notFound('member');
  return m;
}
