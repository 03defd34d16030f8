import type { PersonInputT, PersonT, Role } from './types';

/** What the person form holds; empty strings stand for "not set". */
export type PersonForm = {
  name: string;
  email: string;
  department: string;
  site: string;
  jobTitle: string;
  jobFamily: string;
  manager: { id: string; name: string } | null;
  locale: 'it' | 'en';
  /** The languages the person reads posts in; empty: their interface language. */
  contentLanguages: ('it' | 'en')[];
  hireDate: string | null;
  roles: Role[];
};

export function formOf(p?: PersonT): PersonForm {
  return {
    name: p?.name ?? '',
    email: p?.email ?? '',
    department: p?.department ?? '',
    site: p?.site ?? '',
    jobTitle: p?.jobTitle ?? '',
    jobFamily: p?.jobFamily ?? '',
    manager: p?.manager ?? null,
    locale: p?.locale ?? 'it',
    contentLanguages: p?.contentLanguages ?? [],
    hireDate: p?.hireDate ?? null,
    roles: p?.roles ?? ['employee'],
  };
}

const orNull = (s: string) => s.trim() || null;

export function bodyOf(f: PersonForm): Required<PersonInputT> {
  return {
    name: f.name.trim(),
    email: f.email.trim(),
    department: orNull(f.department),
    site: orNull(f.site),
    jobTitle: orNull(f.jobTitle),
    jobFamily: orNull(f.jobFamily),
    managerId: f.manager?.id ?? null,
    locale: f.locale,
    contentLanguages: f.contentLanguages.length ? f.contentLanguages : [f.locale],
    hireDate: f.hireDate,
    roles: f.roles,
  };
}
