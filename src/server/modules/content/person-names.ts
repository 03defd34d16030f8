import type { Ctx } from '../../platform/ctx';
import { findPeopleById } from '../people';

/** Names of people by id, for "created by" and the named audience in the editor. */
export async function personNames(ctx: Ctx, ids: string[]): Promise<Map<string, string>> {
  const found = await findPeopleById(ctx, ids);
  return new Map([...found].map(([id, p]) => [id, p.name]));
}
