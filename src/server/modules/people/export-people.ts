import { asc, eq, sql } from 'drizzle-orm';
import { type Ctx, ofOrg, requirePermission } from '../../platform/ctx';
import type { Sheet } from '../../platform/http/spreadsheet';
import type { PeopleExportQueryT } from './contract';
import { importColumns } from './import-columns';
import { peopleWhere } from './people-filters';
import { managers } from './person-view';
import { people } from './schema';

/**
 * The filtered directory as a sheet (sent as CSV or XLSX), in the import's columns so an edited export can be
 * imported back; the hire date is a date cell in XLSX.
 */
export async function exportPeople({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: PeopleExportQueryT;
}): Promise<{ basename: string; sheet: Sheet }> {
  requirePermission(ctx, 'people.read');
  const rows = await ctx.db
    .select({
      name: people.name,
      email: people.email,
      department: people.department,
      site: people.site,
      jobTitle: people.jobTitle,
      jobFamily: people.jobFamily,
      managerEmail: managers.email,
      locale: people.locale,
      contentLanguages: people.contentLanguages,
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
    r.jobFamily ?? '',
    r.managerEmail ?? '',
    r.locale,
    r.contentLanguages.join('|'),
    r.hireDate ?? null,
    r.roles.join('|'),
  ]);
  const columns = importColumns.map((header) => ({
    header,
    type: header === 'hire_date' ? ('day' as const) : ('text' as const),
  }));
  return { basename: `people-${new Date().toISOString().slice(0, 10)}`, sheet: { name: 'people', columns, rows: data } };
}
