import type { Ctx } from '../../platform/ctx';
import { listOrgPeople, type OrgPerson } from '../people';
import { Hierarchy } from './hierarchy';

export type People = { list: OrgPerson[]; byId: Map<string, OrgPerson>; hierarchy: Hierarchy };

/**
 * The organisation's current people and their hierarchy, read once per request through the people module. A few
 * thousand rows: cheaper and clearer than a recursive query per person, and the walks stay cycle-safe (hierarchy.ts).
 */
export async function orgPeople(ctx: Ctx): Promise<People> {
  const list = await listOrgPeople(ctx);
  return { list, byId: new Map(list.map((p) => [p.id, p])), hierarchy: new Hierarchy(list) };
}

export const nameOf = (people: People, id: string | null | undefined) => (id ? (people.byId.get(id)?.name ?? null) : null);
