import { eq } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { notFound } from '../../platform/errors';
import { people } from './schema';

/** The person's row, locked until the transaction ends (concurrent edits of one person apply one after the other). */
export async function lockPerson(tx: Ctx, id: string) {
  const [p] = await tx.db
    .select()
    .from(people)
    .where(ofOrg(tx, people, eq(people.id, id)))
    .for('update');
  if (!p) throw notFound('person');
  return p;
}
