import type { ProposalT, ReasonCodeT } from './contract';

export type PlanCandidate = {
  applicationId: string;
  person: { id: string; name: string; department: string | null; site: string | null; jobFamily: string | null };
  waitlisted: boolean;
  /** Average of the rubric's scores (0 when not scored). */
  score: number;
  /** A member of a recent term: gives way to people who never had the experience. */
  recentMember: boolean;
  /** Over-represented in the programme's clicks: gives way, so more voices are heard. */
  highClicks: boolean;
  createdAt: number;
};

type Counts = Map<string, number>;
const dims = ['jobFamily', 'site', 'department'] as const;
const firstReason = { jobFamily: 'first_family', site: 'first_site', department: 'first_department' } as const;

/**
 * The rotation planner: proposes `seats` people so that coverage is as wide as possible. Each pick takes, in order:
 * the candidate whose job family has the fewest seats so far (every family with candidates gets a seat before any
 * gets a second); then the one whose site and department have no voice yet; then people who were not members
 * recently, then people not over-represented in clicks, then the waiting list, the best rubric score and the
 * earliest application. Every proposed person carries the reasons they were picked. O(seats × candidates).
 */
export function planRotation(seats: number, candidates: PlanCandidate[]): ProposalT[] {
  const counts: Record<(typeof dims)[number], Counts> = { jobFamily: new Map(), site: new Map(), department: new Map() };
  const count = (d: (typeof dims)[number], c: PlanCandidate) => counts[d].get(c.person[d] ?? '') ?? 0;
  const key = (c: PlanCandidate): number[] => {
    const site = count('site', c);
    const dept = count('department', c);
    return [
      count('jobFamily', c),
      Number(site > 0) + Number(dept > 0),
      site + dept,
      Number(c.recentMember),
      Number(c.highClicks),
      Number(!c.waitlisted),
      -c.score,
      c.createdAt,
    ];
  };
  const better = (a: number[], b: number[]) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i];
    return false;
  };
  const left = [...candidates];
  const out: ProposalT[] = [];
  while (out.length < seats && left.length > 0) {
    let best = 0;
    let bestKey = key(left[0]);
    for (let i = 1; i < left.length; i++) {
      const k = key(left[i]);
      if (better(k, bestKey)) {
        best = i;
        bestKey = k;
      }
    }
    const c = left[best];
    left[best] = left[left.length - 1];
    left.pop();
    const reasons: { code: ReasonCodeT; value: string | null }[] = [];
    for (const d of dims) if (c.person[d] && count(d, c) === 0) reasons.push({ code: firstReason[d], value: c.person[d] });
    if (reasons.length === 0) reasons.push({ code: 'best_score', value: c.score ? c.score.toFixed(1) : null });
    if (c.waitlisted) reasons.push({ code: 'waitlisted', value: null });
    if (c.recentMember) reasons.push({ code: 'recent_member', value: null });
    if (c.highClicks) reasons.push({ code: 'high_clicks', value: null });
    for (const d of dims) counts[d].set(c.person[d] ?? '', count(d, c) + 1);
    out.push({ applicationId: c.applicationId, person: c.person, reasons });
  }
  return out;
}
