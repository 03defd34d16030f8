import crypto from 'node:crypto';
import type { Role } from '../platform/permissions';
import { demoPeople, firstNames, internationalNames, surnames } from './names';
import type { Random } from './random';

export type SeedPerson = {
  id: string;
  name: string;
  email: string;
  department: string;
  site: string;
  jobTitle: string;
  jobFamily: string;
  managerId: string | null;
  locale: 'it' | 'en';
  hireDate: string;
  status: 'pending' | 'invited' | 'active' | 'inactive';
  roles: Role[];
  demo?: keyof typeof demoPeople;
};

/** Famiglie professionali per site, with plausible sizes for a ~200-person pasta maker. */
const structure: [string, string, number][] = [
  ['Produzione', 'Parma', 56],
  ['Qualità', 'Parma', 14],
  ['Logistica', 'Piacenza', 30],
  ['Logistica', 'Parma', 6],
  ['Commerciale', 'Milano', 22],
  ['Marketing e Comunicazione', 'Milano', 12],
  ['Risorse Umane', 'Milano', 6],
  ['Risorse Umane', 'Parma', 3],
  ['Amministrazione e Finanza', 'Milano', 10],
  ['IT', 'Milano', 8],
  ['IT', 'Parma', 2],
  ['Ricerca e Sviluppo', 'Parma', 12],
  ['Ricerca e Sviluppo', 'Milano', 5],
  ['Acquisti', 'Milano', 4],
  ['Acquisti', 'Parma', 4],
];

const titles: Record<string, [director: string, lead: string, staff: string[]]> = {
  Produzione: [
    'Direttore di stabilimento',
    'Capoturno',
    ['Operatore di linea', 'Conduttore impianti', 'Manutentore', 'Addetto al confezionamento'],
  ],
  Qualità: [
    'Responsabile Qualità',
    'Coordinatrice laboratorio',
    ['Tecnologo alimentare', 'Analista di laboratorio', 'Auditor qualità'],
  ],
  Logistica: [
    'Direttore Logistica',
    'Capo magazzino',
    ['Magazziniere', 'Carrellista', 'Pianificatore trasporti', 'Addetto spedizioni'],
  ],
  Commerciale: [
    'Direttore Commerciale',
    'Area manager',
    ['Key account manager', 'Agente di vendita', 'Trade marketing specialist', 'Customer service'],
  ],
  'Marketing e Comunicazione': [
    'Direttrice Marketing e Comunicazione',
    'Brand manager',
    ['Social media manager', 'Content editor', 'Graphic designer', 'Product marketing specialist'],
  ],
  'Risorse Umane': [
    'Direttrice Risorse Umane',
    'HR business partner',
    ['Recruiter', 'Specialista formazione', 'Payroll specialist'],
  ],
  'Amministrazione e Finanza': [
    'Direttore Amministrazione e Finanza',
    'Responsabile contabilità',
    ['Contabile', 'Controller', 'Tesoriere'],
  ],
  IT: ['IT manager', 'Team leader sistemi', ['Sistemista', 'Sviluppatore', 'Help desk']],
  'Ricerca e Sviluppo': [
    'Direttore Ricerca e Sviluppo',
    'Responsabile progetti',
    ['Tecnologo di processo', 'Ricercatrice', 'Food scientist'],
  ],
  Acquisti: ['Responsabile Acquisti', 'Buyer senior', ['Buyer', 'Addetto approvvigionamenti']],
};

/** The job family of a position: what programmes plan visibility by (maintenance is its own family on the shop floor). */
function familyOf(department: string, jobTitle: string): string {
  if (jobTitle === 'Manutentore') return 'Manutenzione';
  const byDepartment: Record<string, string> = {
    Produzione: 'Produzione',
    Qualità: 'Qualità',
    Logistica: 'Logistica',
    Commerciale: 'Vendite',
    'Marketing e Comunicazione': 'Marketing',
    'Ricerca e Sviluppo': 'Ricerca e Sviluppo',
    IT: 'IT',
  };
  return byDepartment[department] ?? 'Ufficio';
}

const ascii = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-zA-Z ]/g, '')
    .toLowerCase();

/** About 200 people with a CEO → directors → team leads → staff hierarchy; the six demo logins sit in plausible places. */
export function buildPeople(rnd: Random, domain: string): SeedPerson[] {
  const used = new Set<string>();
  const emailFor = (name: string) => {
    const base = ascii(name).trim().replace(/\s+/g, '.');
    let email = `${base}@${domain}`;
    for (let i = 2; used.has(email); i++) email = `${base}${i}@${domain}`;
    used.add(email);
    return email;
  };
  const randomName = () => `${rnd.pick(rnd.chance(0.5) ? firstNames.f : firstNames.m)} ${rnd.pick(surnames)}`;
  const hire = (minYear: number) =>
    `${rnd.int(minYear, 2025)}-${String(rnd.int(1, 12)).padStart(2, '0')}-${String(rnd.int(1, 28)).padStart(2, '0')}`;
  const person = (p: Partial<SeedPerson> & Pick<SeedPerson, 'department' | 'site' | 'jobTitle'>): SeedPerson => {
    const name = p.name ?? randomName();
    return {
      jobFamily: familyOf(p.department, p.jobTitle),
      id: crypto.randomUUID(),
      name,
      email: emailFor(name),
      managerId: null,
      locale: 'it',
      hireDate: hire(1996),
      status: 'active',
      roles: ['employee'],
      ...p,
    };
  };

  const ceo = person({
    name: 'Alberto Montanari',
    department: 'Amministrazione e Finanza',
    site: 'Milano',
    jobTitle: 'Amministratore delegato',
    hireDate: '2004-03-01',
    roles: ['employee'],
  });
  const out: SeedPerson[] = [ceo];
  const directors = new Map<string, SeedPerson>();
  for (const [dept, site, count] of structure) {
    const [dTitle, lTitle, staff] = titles[dept];
    let remaining = count;
    let director = directors.get(dept);
    if (!director) {
      director = person({
        department: dept,
        site,
        jobTitle: dTitle,
        managerId: ceo.id,
        roles: ['employee', 'manager'],
        hireDate: hire(1998),
      });
      directors.set(dept, director);
      out.push(director);
      remaining--;
    }
    while (remaining > 0) {
      const lead = person({
        department: dept,
        site,
        jobTitle: lTitle,
        managerId: director.id,
        roles: ['employee', 'manager'],
        hireDate: hire(2002),
      });
      out.push(lead);
      remaining--;
      for (let i = 0; i < 8 && remaining > 0; i++, remaining--) {
        const status = rnd.weighted([
          ['active', 82],
          ['invited', 10],
          ['pending', 6],
          ['inactive', 2],
        ] as const);
        out.push(person({ department: dept, site, jobTitle: rnd.pick(staff), managerId: lead.id, status }));
      }
    }
  }
  place(out, rnd, domain);
  return out;
}

/** Puts the demo logins and the English-speaking colleagues on real positions of the hierarchy. */
function place(all: SeedPerson[], rnd: Random, domain: string) {
  const demoEmail = (e: string) => e.replace('aurora.example', domain);
  const set = (p: SeedPerson | undefined, key: keyof typeof demoPeople, extra: Partial<SeedPerson> = {}) => {
    if (!p) throw new Error(`seed: no position for ${key}`);
    const d = demoPeople[key];
    Object.assign(p, { name: d.name, email: demoEmail(d.email), status: 'active', demo: key, ...extra });
    p.jobFamily = familyOf(p.department, p.jobTitle);
  };
  const staffOf = (dept: string, site: string) =>
    all.filter((p) => p.department === dept && p.site === site && p.roles.length === 1 && !p.demo);
  const directorOf = (dept: string) => all.find((p) => p.department === dept && p.jobTitle === titles[dept][0]);
  set(directorOf('Marketing e Comunicazione'), 'admin', { roles: ['admin', 'manager'] });
  set(staffOf('Marketing e Comunicazione', 'Milano')[0], 'editor', { roles: ['editor'], jobTitle: 'Content editor' });
  set(directorOf('Risorse Umane'), 'hr', { roles: ['hr', 'manager'] });
  set(
    all.find((p) => p.department === 'Commerciale' && p.jobTitle === titles.Commerciale[1]),
    'manager',
    { roles: ['employee', 'manager'] },
  );
  set(staffOf('Produzione', 'Parma')[3], 'employee', { jobTitle: 'Conduttrice impianti', locale: 'it' });
  set(staffOf('Ricerca e Sviluppo', 'Milano')[0], 'employeeEn', { jobTitle: 'Food scientist', locale: 'en' });
  const candidates = all.filter((p) => !p.demo && p.roles.length === 1);
  for (const name of internationalNames.slice(1)) {
    const p = rnd.pick(candidates.filter((c) => c.locale === 'it'));
    p.name = name;
    p.email = `${ascii(name).trim().replace(/\s+/g, '.')}@${domain}`;
    p.locale = 'en';
  }
}
