import { inArray } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { people } from './schema';

export type PersonBrief = {
  id: string;
  name: string;
  department: string | null;
  site: string | null;
  jobFamily: string | null;
};

/** People of the caller's organisation by id (ids of other organisations are simply absent from the answer). */
export async function findPeopleById(ctx: Ctx, ids: string[]): Promise<Map<string, PersonBrief>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.db
    .select({ id: people.id, name: people.name, department: people.department, site: people.site, jobFamily: people.jobFamily })
    .from(people)
    .where(ofOrg(ctx, people, inArray(people.id, ids)));
  return new Map(rows.map((r) => [r.id, r]));
}
