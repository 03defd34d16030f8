import { eq } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { notFound } from '../../platform/errors';
import { suggestions } from './schema';
import { hashSecret } from './secret';
import type { SuggestionRow } from './view';

/** The suggestion, locked until the transaction ends (replies and status changes read and write it). */
export async function lockSuggestion(ctx: Ctx, id: string): Promise<SuggestionRow> {
  const [row] = await ctx.db
    .select()
    .from(suggestions)
    .where(ofOrg(ctx, suggestions, eq(suggestions.id, id)))
    .for('update');
  if (!row) throw notFound('suggestion');
  return row;
}

/** The suggestion behind a secret, in any organisation (the secret is the only credential); unknown: 404. */
export async function bySecret(ctx: Pick<Ctx, 'db'>, secret: string, lock = false): Promise<SuggestionRow> {
  const q = ctx.db
    .select()
    .from(suggestions)
    .where(eq(suggestions.secretHash, hashSecret(secret)));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw notFound('suggestion');
  return row;
}
