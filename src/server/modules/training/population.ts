import type { PopulationKind } from './schema';

/** What a population is tested against: a person of the organisation. */
export type Member = {
  department: string | null;
  site: string | null;
  jobTitle: string | null;
  jobFamily: string | null;
  hireDate: string | null;
};

export type PopulationRule = { id: string; kind: PopulationKind; value: string | null; position: number };

/** New hires without a stated window: hired in the last six months. */
export const DEFAULT_NEW_HIRE_DAYS = 180;

const same = (a: string | null, b: string | null) => !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();

function daysBetween(fromDay: string, toDay: string): number {
  return Math.round((Date.parse(`${toDay}T00:00:00Z`) - Date.parse(`${fromDay}T00:00:00Z`)) / 86_400_000);
}

/** Whether a learner population includes the person (`today`: YYYY-MM-DD, for new hires). Managers are not learners. */
export function inPopulation(rule: Pick<PopulationRule, 'kind' | 'value'>, m: Member, today: string): boolean {
  switch (rule.kind) {
    case 'everyone':
      return true;
    case 'department':
      return same(rule.value, m.department);
    case 'site':
      return same(rule.value, m.site);
    case 'job_title':
      return same(rule.value, m.jobTitle);
    case 'job_family':
      return same(rule.value, m.jobFamily);
    case 'new_hires': {
      if (!m.hireDate) return false;
      const since = daysBetween(m.hireDate, today);
      return since >= 0 && since <= (Number(rule.value) || DEFAULT_NEW_HIRE_DAYS);
    }
    case 'managers':
      return false;
  }
}

export const learnerRules = <R extends Pick<PopulationRule, 'kind'>>(rules: R[]) => rules.filter((r) => r.kind !== 'managers');

/** A training without learner populations is for everyone; otherwise for anyone in one of them. */
export function isEligible(rules: PopulationRule[], m: Member, today: string): boolean {
  const learners = learnerRules(rules);
  return learners.length === 0 || learners.some((r) => inPopulation(r, m, today));
}

/**
 * The person's population for a training: the first specific one that includes them (in the editor's order), and
 * "everyone" only when no specific one does, so a production team leader reads the team leaders' proposition.
 */
export function populationOf<R extends PopulationRule>(rules: R[], m: Member, today: string): R | null {
  const ordered = [...learnerRules(rules)].sort((a, b) => a.position - b.position);
  return (
    ordered.find((r) => r.kind !== 'everyone' && inPopulation(r, m, today)) ?? ordered.find((r) => r.kind === 'everyone') ?? null
  );
}

export const managersRule = <R extends Pick<PopulationRule, 'kind'>>(rules: R[]) =>
  rules.find((r) => r.kind === 'managers') ?? null;
