import { asc, count, desc, sql } from 'drizzle-orm';
import { type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import type { PeopleListQueryT, PeopleListT } from './contract';
import { peopleWhere } from './people-filters';
import { selectPeople, toPerson } from './person-view';
import { people } from './schema';

const sortColumns = {
  name: sql`lower(${people.name})`,
  department: sql`lower(${people.department})`,
  site: sql`lower(${people.site})`,
  hireDate: people.hireDate,
  status: people.status,
};

/** The people directory: search, filters, one page, a stable order (name then id break ties). */
export async function listPeople({ ctx, input }: { ctx: Ctx; input: PeopleListQueryT }): Promise<PeopleListT> {
  requirePermission(ctx, 'people.read');
  const where = peopleWhere(input);
  const dir = input.order === 'desc' ? desc : asc;
  const key = sortColumns[input.sort];
  const [rows, [{ total }]] = await Promise.all([
    selectPeople(ctx, where ?? sql`true`)
      .orderBy(
        input.order === 'desc' ? sql`${key} desc nulls last` : sql`${key} asc nulls last`,
        dir(sql`lower(${people.name})`),
        asc(people.id),
      )
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize),
    ctx.db
      .select({ total: count() })
      .from(people)
      .where(ofOrg(ctx, people, where)),
  ]);
  return { items: rows.map(toPerson), total: Number(total), page: input.page, pageSize: input.pageSize };
}
