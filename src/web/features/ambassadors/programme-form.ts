import type { ProgrammeInputT, ProgrammeT, QuizT, RubricItemT } from './api';

/** The editor's state: numbers may be '' while typed, lists are edited in place. */
export type ProgrammeForm = {
  name: string;
  purposeIt: string;
  purposeEn: string;
  expectationsIt: string;
  expectationsEn: string;
  minTenureMonths: number | string;
  departments: string[];
  sites: string[];
  jobFamilies: string[];
  languages: string[];
  seats: number | string;
  termMonths: number | string;
  rubric: RubricItemT[];
  quiz: QuizT | null;
  valangaPercent: number | string;
  open: boolean;
  firstTermStartsOn: string;
};

export const emptyProgramme = (): ProgrammeForm => ({
  name: '',
  purposeIt: '',
  purposeEn: '',
  expectationsIt: '',
  expectationsEn: '',
  minTenureMonths: '',
  departments: [],
  sites: [],
  jobFamilies: [],
  languages: [],
  seats: 10,
  termMonths: 6,
  rubric: [],
  quiz: null,
  valangaPercent: 15,
  open: true,
  firstTermStartsOn: '',
});

export function formOf(p: ProgrammeT): ProgrammeForm {
  const e = p.eligibility;
  return {
    name: p.name,
    purposeIt: p.purposeIt,
    purposeEn: p.purposeEn,
    expectationsIt: p.expectationsIt,
    expectationsEn: p.expectationsEn,
    minTenureMonths: e.minTenureMonths ?? '',
    departments: e.departments ?? [],
    sites: e.sites ?? [],
    jobFamilies: e.jobFamilies ?? [],
    languages: e.languages ?? [],
    seats: p.seats,
    termMonths: p.termMonths,
    rubric: p.rubric,
    quiz: p.quiz,
    valangaPercent: Math.round(p.valangaThreshold * 100),
    open: p.open,
    firstTermStartsOn: '',
  };
}

const num = (v: number | string, fallback: number) => (typeof v === 'number' ? v : fallback);
const list = (v: string[]) => (v.length ? v : undefined);

/** The body for create (with the first term's start) or for update (the same fields, without it). */
export function bodyOf(f: ProgrammeForm): ProgrammeInputT {
  return {
    name: f.name,
    purposeIt: f.purposeIt,
    purposeEn: f.purposeEn,
    expectationsIt: f.expectationsIt,
    expectationsEn: f.expectationsEn,
    eligibility: {
      minTenureMonths: typeof f.minTenureMonths === 'number' ? f.minTenureMonths : undefined,
      departments: list(f.departments),
      sites: list(f.sites),
      jobFamilies: list(f.jobFamilies),
      languages: list(f.languages) as ('it' | 'en')[] | undefined,
    },
    seats: num(f.seats, 1),
    termMonths: num(f.termMonths, 6),
    rubric: f.rubric,
    quiz: f.quiz,
    valangaThreshold: num(f.valangaPercent, 15) / 100,
    open: f.open,
    firstTermStartsOn: f.firstTermStartsOn || undefined,
  };
}
