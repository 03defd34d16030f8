import { eq, inArray, sql } from 'drizzle-orm';
import { type Ctx, ofOrg } from '../../platform/ctx';
import type { Role } from '../../platform/permissions';
import { managers } from './person-view';
import { type ContentLanguage, people } from './schema';

export type ExistingPerson = {
  id: string;
  email: string;
  name: string;
  department: string | null;
  site: string | null;
  jobTitle: string | null;
  jobFamily: string | null;
  locale: string;
  contentLanguages: ContentLanguage[];
  hireDate: string | null;
  roles: Role[];
  managerId: string | null;
  managerEmail: string | null;
};

/** People of the organisation by lower-case e-mail (all of them, or those with the given e-mails). */
export async function existingByEmail(ctx: Ctx, emails?: string[]): Promise<Map<string, ExistingPerson>> {
  if (emails && emails.length === 0) return new Map();
  const rows = await ctx.db
    .select({
      id: people.id,
      email: people.email,
      name: people.name,
      department: people.department,
      site: people.site,
      jobTitle: people.jobTitle,
      jobFamily: people.jobFamily,
      locale: people.locale,
      contentLanguages: people.contentLanguages,
      hireDate: people.hireDate,
      roles: people.roles,
      managerId: people.managerId,
      managerEmail: sql<string | null>`lower(${managers.email})`,
    })
    .from(people)
    .leftJoin(managers, eq(managers.id, people.managerId))
    .where(ofOrg(ctx, people, emails ? inArray(sql`lower(${people.email})`, emails) : undefined));
  return new Map(rows.map((r) => [r.email.toLowerCase(), r]));
}
