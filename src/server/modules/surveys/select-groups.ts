import { type Dim, type Filter, groupKey, type Plan, type Respondent } from './disclosure';

/** What a results request asks for: the organisation narrowed by filters, or a manager's team (as a whole). */
export type Scope = { kind: 'org'; filter: Filter } | { kind: 'team'; key: string };

export type Selection = {
  /** Members of the requested group, or null when it may not be shown. */
  main: number[] | null;
  /** The breakdown's groups that may be shown (value null: "not stated"). */
  groups: { value: string | null; members: number[] }[];
  /** Some groups of the breakdown were withheld (they are not named). */
  withheld: boolean;
};

/**
 * The only place that turns a request into groups to show: everything displayed (page, breakdown, trend, CSV) comes
 * through here and the round's plan, so the anonymity property test covers exactly what users can see.
 */
export function selectGroups(rs: readonly Respondent[], plan: Plan, scope: Scope, dim?: Dim): Selection {
  const key = scope.kind === 'team' ? scope.key : groupKey(scope.filter);
  if (!plan.shown.has(key)) return { main: null, groups: [], withheld: false };
  const main = plan.members.get(key) ?? [];
  if (!dim || scope.kind === 'team') return { main, groups: [], withheld: false };
  const values = [...new Set(main.map((i) => rs[i][dim]))].sort((a, b) => (a ?? '').localeCompare(b ?? ''));
  const groups: Selection['groups'] = [];
  let withheld = false;
  for (const value of values) {
    const sub = groupKey({ ...scope.filter, [dim]: value });
    if (plan.shown.has(sub)) groups.push({ value, members: plan.members.get(sub) ?? [] });
    else withheld = true;
  }
  return { main, groups, withheld };
}
