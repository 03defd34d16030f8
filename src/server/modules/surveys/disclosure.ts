/**
 * Which groups of an anonymous survey's respondents may be shown, decided once per round from the data alone, never
 * from the question asked, so that no sequence of filters, breakdowns, team views or exports can be combined to
 * isolate fewer than k people.
 *
 * The rule: the groups shown generate a partition of the respondents (the "atoms": people who fall in exactly the
 * same shown groups). Any group anyone can compute by adding, subtracting or intersecting shown groups is a union of
 * atoms. So if every atom has at least k people, nothing under k can be recovered, by subtraction or otherwise.
 * Groups are admitted greedily in a fixed order of usefulness (everyone, then each dimension's values from the
 * largest, then managers' teams, then two-, three- and four-way combinations); a group is admitted only if it has at
 * least k people and splitting the current atoms by it leaves every piece empty or with at least k people. A group
 * refused because it would leave a small remainder is the "complementary suppression" of statistics offices.
 */

export const dims = ['department', 'site', 'jobFamily', 'tenure'] as const;
export type Dim = (typeof dims)[number];
/** null: the attribute was not known (shown as "not stated", a group like any other). */
export type Filter = Partial<Record<Dim, string | null>>;
export type Respondent = Record<Dim, string | null> & { teamKeys: readonly string[] };

const part = (v: string | null | undefined) => (v === null || v === undefined ? '\u2205' : v);

/** The key of the group "everyone matching these filters" (dimensions absent from the filter are free). */
export function groupKey(f: Filter): string {
  return dims.map((d) => (d in f ? `${d}=${part(f[d])}` : '')).join('|');
}
export const teamKey = (key: string) => `team:${key}`;

export type Plan = {
  k: number;
  /** Keys of the groups that may be shown. */
  shown: Set<string>;
  /** Members (respondent indexes) of every non-empty group, shown or not. */
  members: Map<string, number[]>;
};

type Candidate = { key: string; order: number; members: number[] };

function candidates(rs: readonly Respondent[]): Candidate[] {
  const byKey = new Map<string, Candidate>();
  const add = (key: string, order: number, i: number) => {
    let c = byKey.get(key);
    if (!c) {
      c = { key, order, members: [] };
      byKey.set(key, c);
    }
    c.members.push(i);
  };
  rs.forEach((r, i) => {
    for (let mask = 0; mask < 1 << dims.length; mask++) {
      const f: Filter = {};
      dims.forEach((d, bit) => {
        if (mask & (1 << bit)) f[d] = r[d];
      });
      const ways = dims.filter((_, bit) => mask & (1 << bit)).length;
      // everyone (0), one dimension (1–4, in dimension order), teams (5), then 2-, 3-, 4-way combinations.
      const order = ways === 0 ? 0 : ways === 1 ? 1 + Math.log2(mask) : 4 + ways * 16 + mask;
      add(groupKey(f), order, i);
    }
    for (const t of new Set(r.teamKeys)) add(teamKey(t), 5, i);
  });
  return [...byKey.values()].sort(
    (a, b) => a.order - b.order || b.members.length - a.members.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/** Decides the groups that may be shown for these respondents with threshold k (see the rule above). */
export function planDisclosure(rs: readonly Respondent[], k: number): Plan {
  const atomOf = new Int32Array(rs.length);
  const atomSize: number[] = [rs.length];
  const shown = new Set<string>();
  const members = new Map<string, number[]>();
  const counts = new Map<number, number>();
  for (const c of candidates(rs)) {
    members.set(c.key, c.members);
    if (c.members.length < k) continue;
    counts.clear();
    for (const i of c.members) counts.set(atomOf[i], (counts.get(atomOf[i]) ?? 0) + 1);
    let safe = true;
    for (const [atom, inside] of counts) {
      const outside = atomSize[atom] - inside;
      if (outside > 0 && (inside < k || outside < k)) {
        safe = false;
        break;
      }
    }
    if (!safe) continue;
    shown.add(c.key);
    // Split every atom the group cuts: its members inside the group move to a new atom.
    const moved = new Map<number, number>();
    for (const [atom, inside] of counts) {
      if (inside === atomSize[atom]) continue;
      moved.set(atom, atomSize.length);
      atomSize.push(inside);
      atomSize[atom] -= inside;
    }
    for (const i of c.members) {
      const to = moved.get(atomOf[i]);
      if (to !== undefined) atomOf[i] = to;
    }
  }
  return { k, shown, members };
}

/** A plan in which everything non-empty is shown: named surveys, whose respondents agreed to be known. */
export function planNamed(rs: readonly Respondent[]): Plan {
  const members = new Map(candidates(rs).map((c) => [c.key, c.members]));
  return { k: 1, shown: new Set(members.keys()), members };
}
