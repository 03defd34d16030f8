import { and, desc, eq } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import { findPeopleDetails } from '../people';
import type { MemberListT, MemberStatusT } from './contract';
import { findProgramme } from './programme-rows';
import { readinessOf } from './readiness';
import { cohorts, members } from './schema';
import { visiblePeople } from './team-scope';

/** The programme's members with their readiness; a manager sees only their team's. */
export async function listMembers({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { programmeId: string; status?: MemberStatusT };
}): Promise<MemberListT> {
  const visible = await visiblePeople(ctx);
  const p = await findProgramme(ctx, input.programmeId);
  const rows = (
    await ctx.db
      .select({ m: members, cohort: cohorts.name, endsOn: cohorts.endsOn })
      .from(members)
      .innerJoin(cohorts, eq(cohorts.id, members.cohortId))
      .where(ofOrg(ctx, members, and(eq(members.programmeId, p.id), input.status ? eq(members.status, input.status) : undefined)))
      .orderBy(desc(members.joinedAt))
      .limit(5000)
  ).filter((r) => !visible || visible.has(r.m.personId));
  const ids = rows.map((r) => r.m.personId);
  const [people, readiness] = await Promise.all([findPeopleDetails(ctx, ids), readinessOf(ctx, p, ids)]);
  const byId = new Map(people.map((x) => [x.id, x]));
  return {
    items: rows.flatMap(({ m, cohort, endsOn }) => {
      const person = byId.get(m.personId);
      const r = readiness.get(m.personId);
      if (!person || !r) return [];
      return [
        {
          id: m.id,
          person: {
            id: person.id,
            name: person.name,
            department: person.department,
            site: person.site,
            jobFamily: person.jobFamily,
          },
          status: m.status,
          cohort,
          termEndsOn: endsOn,
          suspendedReason: m.suspendedReason,
          leavingOn: m.leavingOn,
          readiness: r,
        },
      ];
    }),
  };
}
