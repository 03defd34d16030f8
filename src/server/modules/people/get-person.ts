import { eq } from 'drizzle-orm';
import { type Ctx, requirePermission } from '../../platform/ctx';
import { notFound } from '../../platform/errors';
import type { PersonT } from './contract';
import { selectPeople, toPerson } from './person-view';
import { people } from './schema';

export async function getPerson({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<PersonT> {
  requirePermission(ctx, 'people.read');
  const [row] = await selectPeople(ctx, eq(people.id, input.id));
  if (!row) throw notFound('person');
  return toPerson(row);
}
