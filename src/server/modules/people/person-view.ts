import { eq, inArray, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type Ctx, ofOrg } from '../../platform/ctx';
import type { PersonT } from './contract';
import { people } from './schema';

export const managers = alias(people, 'manager');

/** The columns of a Person answer, with the manager's name from a self-join. */
export const personColumns = {
  id: people.id,
  name: people.name,
  email: people.email,
  department: people.department,
  site: people.site,
  jobTitle: people.jobTitle,
  jobFamily: people.jobFamily,
  locale: people.locale,
  contentLanguages: people.contentLanguages,
  hireDate: people.hireDate,
  status: people.status,
  roles: people.roles,
  userId: people.userId,
  managerId: managers.id,
  managerName: managers.name,
};

type Row = {
  id: string;
  name: string;
  email: string;
  department: string | null;
  site: string | null;
  jobTitle: string | null;
  jobFamily: string | null;
  locale: string;
  contentLanguages: ('it' | 'en')[];
  hireDate: string | null;
  status: PersonT['status'];
  roles: PersonT['roles'];
  userId: string | null;
  managerId: string | null;
  managerName: string | null;
};

export function toPerson(r: Row): PersonT {
  return {
    id: r.id,
    name: r.name,
    email: r.email,
    department: r.department,
    site: r.site,
    jobTitle: r.jobTitle,
    jobFamily: r.jobFamily,
    manager: r.managerId && r.managerName !== null ? { id: r.managerId, name: r.managerName } : null,
    locale: r.locale === 'en' ? 'en' : 'it',
    contentLanguages: r.contentLanguages,
    hireDate: r.hireDate,
    status: r.status,
    roles: r.roles,
    hasLogin: r.userId !== null,
  };
}

/** People with their manager, already filtered by the organisation. */
export function selectPeople(ctx: Ctx, where: SQL) {
  return ctx.db
    .select(personColumns)
    .from(people)
    .leftJoin(managers, eq(managers.id, people.managerId))
    .where(ofOrg(ctx, people, where));
}

export async function peopleByIds(ctx: Ctx, ids: string[]): Promise<PersonT[]> {
  if (ids.length === 0) return [];
  return (await selectPeople(ctx, inArray(people.id, ids))).map(toPerson);
}
