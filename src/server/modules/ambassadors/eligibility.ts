import type { ActivePeopleFilter } from '../people';
import type { EligibilityT } from './contract';

export type EligibilityPerson = {
  department: string | null;
  site: string | null;
  jobFamily: string | null;
  hireDate: string | null;
  locale: string;
};

/** Whole months between the hire date and today (null when the hire date is unknown). */
export function tenureMonths(hireDate: string | null, today: string): number | null {
  if (!hireDate) return null;
  const [hy, hm, hd] = hireDate.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  return Math.max(0, (ty - hy) * 12 + (tm - hm) - (td < hd ? 1 : 0));
}

const within = (list: string[] | undefined, value: string | null) => !list?.length || (!!value && list.includes(value));

/** The eligibility checks of one person, each on its own so reviewers see which one fails. */
export function checkEligibility(rules: EligibilityT, p: EligibilityPerson, today: string) {
  const months = tenureMonths(p.hireDate, today);
  // An unknown hire date is not held against anyone: HR may simply not have imported it.
  const tenureOk = !rules.minTenureMonths || months === null || months >= rules.minTenureMonths;
  const departmentOk = within(rules.departments, p.department);
  const siteOk = within(rules.sites, p.site);
  const familyOk = within(rules.jobFamilies, p.jobFamily);
  const languageOk = within(rules.languages, p.locale);
  return {
    tenureMonths: months,
    tenureOk,
    departmentOk,
    siteOk,
    familyOk,
    languageOk,
    eligible: tenureOk && departmentOk && siteOk && familyOk && languageOk,
  };
}

/**
 * The latest hire date with at least `months` whole months of tenure on `today`, as tenureMonths counts them: the
 * same day `months` months earlier, or that month's last day when it is shorter.
 */
export function latestHireDate(months: number, today: string): string {
  const [ty, tm, td] = today.split('-').map(Number);
  const index = ty * 12 + (tm - 1) - months;
  const [y, m] = [Math.floor(index / 12), (index % 12) + 1];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(td, last)).padStart(2, '0')}`;
}

/** The eligibility rules as a filter the people module counts with in the database (same answers as checkEligibility). */
export function eligibilityFilter(rules: EligibilityT, today: string): ActivePeopleFilter {
  return {
    departments: rules.departments,
    sites: rules.sites,
    jobFamilies: rules.jobFamilies,
    locales: rules.languages,
    hiredOnOrBefore: rules.minTenureMonths ? latestHireDate(rules.minTenureMonths, today) : undefined,
  };
}
