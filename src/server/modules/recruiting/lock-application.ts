import { eq } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { notFound } from '../../platform/errors';
import { applications } from './schema';

export type ApplicationRow = typeof applications.$inferSelect;

/** The application, locked for the rest of the transaction: a write that depends on its stage waits for the other. */
export async function lockApplication(ctx: Ctx, id: string): Promise<ApplicationRow> {
  const [row] = await ctx.db
    .select()
    .from(applications)
    .where(ofOrg(ctx, applications, eq(applications.id, id)))
    .for('update');
  if (!row) throw notFound('application');
  return row;
}
