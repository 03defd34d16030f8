import { sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/ctx';

export type PersonProfile = {
  id: string;
  department: string | null;
  site: string | null;
  jobFamily: string | null;
  hireDate: string | null;
  locale: string;
  /** The person's managers, nearest first (stops on a cycle). */
  managerChain: string[];
};

/**
 * What other modules need to place a person in groups (survey breakdowns, onboarding journeys): the attributes and
 * the chain of managers above them, from the caller's organisation only.
 */
export async function findProfile(ctx: Ctx, personId: string): Promise<PersonProfile | null> {
  const { rows } = await ctx.db.execute<{
    id: string;
    department: string | null;
    site: string | null;
    job_family: string | null;
    hire_date: string | null;
    locale: string;
    chain: string[] | null;
  }>(sql`
    select p.id, p.department, p.site, p.job_family, p.hire_date::text as hire_date, p.locale,
      (with recursive up(id, depth) as (
         select p.manager_id, 1 where p.manager_id is not null
         union
         select m.manager_id, up.depth + 1 from people m join up on m.id = up.id
          where m.org_id = ${ctx.orgId} and m.manager_id is not null and up.depth < 50
       ) select array_agg(id::text order by depth) from up) as chain
      from people p where p.org_id = ${ctx.orgId} and p.id = ${personId}`);
  const r = rows[0];
  if (!r) return null;
  return {
    id: r.id,
    department: r.department,
    site: r.site,
    jobFamily: r.job_family,
    hireDate: r.hire_date,
    locale: r.locale,
    managerChain: [...new Set(r.chain ?? [])].filter((id) => id !== r.id),
  };
}
