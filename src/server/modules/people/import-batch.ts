import { sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/ctx';
import { defaultContentLanguages } from './content-languages';
import type { ExistingPerson } from './existing-people';
import { type ImportRow, people } from './schema';

export type Merged = Omit<ExistingPerson, 'email' | 'managerId' | 'managerEmail'>;

/** The person after applying a file row: absent columns keep the current value; roles only if the file had them. */
export function merge(e: ExistingPerson, r: ImportRow): Merged {
  return {
    id: e.id,
    name: r.name,
    department: r.department === undefined ? e.department : r.department,
    site: r.site === undefined ? e.site : r.site,
    jobTitle: r.jobTitle === undefined ? e.jobTitle : r.jobTitle,
    jobFamily: r.jobFamily === undefined ? e.jobFamily : r.jobFamily,
    locale: r.locale ?? e.locale,
    // An empty cell: the languages follow the (merged) interface language, as for a new person.
    contentLanguages:
      r.contentLanguages === undefined
        ? e.contentLanguages
        : (r.contentLanguages ?? defaultContentLanguages(r.locale ?? e.locale)),
    hireDate: r.hireDate === undefined ? e.hireDate : r.hireDate,
    roles: r.roles ?? e.roles,
  };
}

export function differs(e: ExistingPerson, m: Merged, r: ImportRow): boolean {
  return (
    e.name !== m.name ||
    e.department !== m.department ||
    e.site !== m.site ||
    e.jobTitle !== m.jobTitle ||
    e.jobFamily !== m.jobFamily ||
    e.locale !== m.locale ||
    e.contentLanguages.join('|') !== m.contentLanguages.join('|') ||
    e.hireDate !== m.hireDate ||
    e.roles.join('|') !== m.roles.join('|') ||
    (r.managerEmail !== undefined && r.managerEmail !== e.managerEmail)
  );
}

/** New people (pending, never invited); concurrent duplicates are left alone. Answers how many were inserted. */
export async function insertPeople(ctx: Ctx, rows: ImportRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await ctx.db
    .insert(people)
    .values(
      rows.map((r) => ({
        orgId: ctx.orgId,
        name: r.name,
        email: r.email,
        department: r.department ?? null,
        site: r.site ?? null,
        jobTitle: r.jobTitle ?? null,
        jobFamily: r.jobFamily ?? null,
        locale: r.locale ?? 'it',
        contentLanguages: r.contentLanguages ?? defaultContentLanguages(r.locale ?? 'it'),
        hireDate: r.hireDate ?? null,
        roles: r.roles ?? ['employee'],
        status: 'pending' as const,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: people.id });
  return inserted.length;
}

/** One statement for a whole batch of changed people (status is never touched). */
export async function updatePeople(ctx: Ctx, list: Merged[]): Promise<void> {
  if (list.length === 0) return;
  const json = JSON.stringify(
    list.map((m) => ({ ...m, roles: m.roles.join('|'), contentLanguages: m.contentLanguages.join('|') })),
  );
  await ctx.db.execute(sql`
    update people p set name = v.name, department = v.department, site = v.site, job_title = v."jobTitle",
      job_family = v."jobFamily", locale = v.locale,
      content_languages = string_to_array(v."contentLanguages", '|'), hire_date = v."hireDate", roles = string_to_array(v.roles, '|'), updated_at = now()
    from jsonb_to_recordset(${json}::jsonb)
      as v(id uuid, name text, department text, site text, "jobTitle" text, "jobFamily" text, locale text, "contentLanguages" text, "hireDate" date, roles text)
    where p.id = v.id and p.org_id = ${ctx.orgId}`);
}

/** Sets managers in bulk: pairs of person id and manager id (null clears). */
export async function setManagers(ctx: Ctx, pairs: { id: string; managerId: string | null }[]): Promise<void> {
  if (pairs.length === 0) return;
  await ctx.db.execute(sql`
    update people p set manager_id = v."managerId", updated_at = now()
    from jsonb_to_recordset(${JSON.stringify(pairs)}::jsonb) as v(id uuid, "managerId" uuid)
    where p.id = v.id and p.org_id = ${ctx.orgId}`);
}
