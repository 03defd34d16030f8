import { asc, eq, sql } from 'drizzle-orm';
import { type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import { toCsv } from '../../platform/http/csv';
import type { PeopleExportQueryT } from './contract';
import { importColumns } from './import-columns';
import { peopleWhere } from './people-filters';
import { managers } from './person-view';
import { people } from './schema';

/** The filtered directory as CSV, in the import's columns so an edited export can be imported back. */
export async function exportPeople({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: PeopleExportQueryT;
}): Promise<{ filename: string; csv: string }> {
  requirePermission(ctx, 'people.read');
  const rows = await ctx.db
    .select({
      name: people.name,
      email: people.email,
      department: people.department,
      site: people.site,
      jobTitle: people.jobTitle,
      managerEmail: managers.email,
      locale: people.locale,
      hireDate: people.hireDate,
      roles: people.roles,
    })
    .from(people)
    .leftJoin(managers, eq(managers.id, people.managerId))
    .where(ofOrg(ctx, people, peopleWhere(input)))
    .orderBy(asc(sql`lower(${people.name})`), asc(people.id));
  const data = rows.map((r) => [
    r.name,
    r.email,
    r.department ?? '',
    r.site ?? '',
    r.jobTitle ?? '',
    r.managerEmail ?? '',
    r.locale,
    r.hireDate ?? '',
    r.roles.join('|'),
  ]);
  const csv = `${toCsv([...importColumns], data, input.delimiter)}\r\n`;
  return { filename: `people-${new Date().toISOString().slice(0, 10)}.csv`, csv };
}
