import { describe, expect, it } from 'vitest';
import { type Dim, dims, type Filter, type Plan, planDisclosure, type Respondent, teamKey } from './disclosure';
import { type Scope, selectGroups } from './select-groups';

/** A small deterministic generator, so a failure names the seed that reproduces it. */
function rng(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (a: number, b: number) => a + Math.floor(next() * (b - a + 1)) };
}
type R = ReturnType<typeof rng>;

const domains: Record<Dim, (string | null)[]> = {
  department: ['Produzione', 'Qualità', 'Logistica', 'Commerciale', 'IT', 'HR', null],
  site: ['Parma', 'Milano', 'Piacenza', null],
  jobFamily: ['production', 'office', 'sales', 'rnd', null],
  tenure: ['lt1', 'y1to3', 'y3to5', 'y5to10', 'y10plus', null],
};

/** Skewed: a few large groups and a long tail of small ones, where differencing attacks live. */
function skewed(r: R, values: (string | null)[]) {
  const i = Math.min(values.length - 1, Math.floor(-Math.log(1 - r.next()) * 1.3));
  return values[i];
}

function dataset(r: R): Respondent[] {
  const n = r.int(0, 160);
  const managers = Array.from({ length: r.int(1, 12) }, (_, i) => `m${i}`);
  const parent = new Map(managers.map((m, i) => [m, i === 0 ? null : managers[r.int(0, i - 1)]]));
  return Array.from({ length: n }, () => {
    const chain: string[] = [];
    let m: string | null = managers[r.int(0, managers.length - 1)];
    while (m) {
      chain.push(m);
      m = parent.get(m) ?? null;
    }
    return {
      department: skewed(r, domains.department),
      site: skewed(r, domains.site),
      jobFamily: skewed(r, domains.jobFamily),
      tenure: skewed(r, domains.tenure),
      teamKeys: r.next() < 0.1 ? [] : chain,
    };
  });
}

function randomScope(r: R, rs: Respondent[]): Scope {
  if (r.next() < 0.15) return { kind: 'team', key: teamKey(`m${r.int(0, 11)}`) };
  const filter: Filter = {};
  for (const d of dims)
    if (r.next() < 0.35) filter[d] = rs.length && r.next() < 0.8 ? rs[r.int(0, rs.length - 1)][d] : skewed(r, domains[d]);
  return { kind: 'org', filter };
}

/** Who a displayed group really is, recomputed from the data by the group's definition (not from the plan). */
function membersOf(rs: Respondent[], scope: Scope, extra?: [Dim, string | null]): number[] {
  const out: number[] = [];
  rs.forEach((p, i) => {
    const ok =
      scope.kind === 'team'
        ? p.teamKeys.some((t) => teamKey(t) === scope.key)
        : dims.every((d) => !(d in scope.filter) || p[d] === scope.filter[d]) && (!extra || p[extra[0]] === extra[1]);
    if (ok) out.push(i);
  });
  return out;
}

/**
 * Everything a user could see about one dataset, over many requests: the groups displayed (as sets of people). The
 * atoms (people who fall in exactly the same displayed groups) are what any sequence of additions, subtractions and
 * intersections of displayed groups can isolate at best.
 */
function smallestAtom(n: number, displayed: number[][]): number {
  const signature = Array.from({ length: n }, () => [] as number[]);
  displayed.forEach((g, gi) => {
    for (const i of g) signature[i].push(gi);
  });
  const sizes = new Map<string, number>();
  for (const s of signature) sizes.set(s.join(','), (sizes.get(s.join(',')) ?? 0) + 1);
  return Math.min(...sizes.values());
}

type Audit = { combinations: number; displayed: number; problems: string[] };

function audit(seed: number, datasets: number, queries: number, plan: (rs: Respondent[], k: number) => Plan): Audit {
  const r = rng(seed);
  const out: Audit = { combinations: 0, displayed: 0, problems: [] };
  for (let d = 0; d < datasets; d++) {
    const rs = dataset(r);
    const k = r.int(3, 8);
    const p = plan(rs, k);
    const displayed: number[][] = [];
    for (let q = 0; q < queries; q++) {
      const scope = randomScope(r, rs);
      const dim = r.next() < 0.7 ? dims[r.int(0, dims.length - 1)] : undefined;
      const sel = selectGroups(rs, p, scope, dim);
      out.combinations++;
      if (!sel.main) continue;
      const main = membersOf(rs, scope);
      if (main.join() !== sel.main.join())
        out.problems.push(`seed ${seed} set ${d}: shown members differ from the group's definition`);
      displayed.push(main);
      let visible = 0;
      for (const g of sel.groups) {
        const sub = membersOf(rs, scope, [dim as Dim, g.value]);
        if (sub.join() !== g.members.join()) out.problems.push(`seed ${seed} set ${d}: breakdown members differ`);
        displayed.push(sub);
        visible += sub.length;
      }
      const rest = main.length - visible;
      if (sel.groups.length && rest > 0 && rest < k)
        out.problems.push(`seed ${seed} set ${d}: total minus visible groups leaves ${rest} < ${k}`);
    }
    for (const g of displayed)
      if (g.length < k) out.problems.push(`seed ${seed} set ${d}: displayed group of ${g.length} < ${k}`);
    out.displayed += displayed.length;
    if (displayed.length && rs.length) {
      const atom = smallestAtom(rs.length, displayed);
      // Atoms of size 0 do not exist; everyone outside every displayed group forms one atom too (total minus all).
      if (atom < k) out.problems.push(`seed ${seed} set ${d}: ${atom} respondent(s) recoverable by subtraction (k=${k})`);
    }
  }
  return out;
}

/** A plan that shows every group of at least k (what peers do): must be caught by the same audit. */
function naivePlan(rs: Respondent[], k: number): Plan {
  const all = planDisclosure(rs, 1);
  return { k, members: all.members, shown: new Set([...all.members].filter(([, m]) => m.length >= k).map(([key]) => key)) };
}

describe('anonymity of survey results (property test)', () => {
  it('over 12,000 random filter/breakdown/team combinations, no displayed group is under k and none is recoverable by subtraction', () => {
    let combinations = 0;
    let displayed = 0;
    const problems: string[] = [];
    for (let seed = 1; seed <= 8; seed++) {
      const a = audit(seed, 30, 50, planDisclosure);
      combinations += a.combinations;
      displayed += a.displayed;
      problems.push(...a.problems);
    }
    expect(problems.slice(0, 10)).toEqual([]);
    expect(combinations).toBeGreaterThanOrEqual(10_000);
    // Not vacuous: thousands of groups were displayed and audited.
    expect(displayed).toBeGreaterThan(3000);
  });

  it('the same audit catches the naive rule "hide groups under k" (the test of the test)', () => {
    const a = audit(99, 30, 50, naivePlan);
    expect(a.problems.some((p) => p.includes('recoverable by subtraction'))).toBe(true);
  });

  it('a manager whose team has 2 respondents sees nothing, and the organisation total still shows', () => {
    const base = { department: 'A', site: 'X', jobFamily: 'f', tenure: 'lt1' };
    const rs: Respondent[] = [
      ...Array.from({ length: 10 }, () => ({ ...base, teamKeys: ['big'] })),
      { ...base, teamKeys: ['small'] },
      { ...base, teamKeys: ['small'] },
    ];
    const plan = planDisclosure(rs, 5);
    expect(selectGroups(rs, plan, { kind: 'team', key: teamKey('small') }).main).toBeNull();
    expect(selectGroups(rs, plan, { kind: 'org', filter: {} }).main).toHaveLength(12);
    // The big team (10) would leave the 2 recoverable as "everyone minus big team": it is withheld too.
    expect(selectGroups(rs, plan, { kind: 'team', key: teamKey('big') }).main).toBeNull();
  });

  it('hides a second group when one hidden group could be recovered from the total (complementary suppression)', () => {
    const at = (department: string) => ({ department, site: 'X', jobFamily: 'f', tenure: 'lt1', teamKeys: [] });
    const rs: Respondent[] = [
      ...Array.from({ length: 20 }, () => at('A')),
      ...Array.from({ length: 6 }, () => at('B')),
      ...Array.from({ length: 2 }, () => at('C')),
    ];
    const sel = selectGroups(rs, planDisclosure(rs, 5), { kind: 'org', filter: {} }, 'department');
    expect(sel.main).toHaveLength(28);
    expect(sel.groups.map((g) => g.value)).toEqual(['A']);
    expect(sel.withheld).toBe(true);
  });
});
