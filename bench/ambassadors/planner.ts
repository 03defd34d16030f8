/**
 * Rotation planner at the size of a large company: 5,000 candidates in 40 professional families, 60 seats. Baseline in
 * the same run: ranking the same pool by score alone (what a planner without the inclusion rules would do).
 *
 *   npx tsx bench/ambassadors/planner.ts        (BENCH_RUNS, default 30)
 */
import { type PlanCandidate, planRotation } from '../../src/server/modules/ambassadors/planner';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const pool: PlanCandidate[] = Array.from({ length: 5000 }, (_, i) => ({
  applicationId: `${i}`,
  person: { id: `${i}`, name: `P${i}`, department: `D${i % 25}`, site: `S${i % 7}`, jobFamily: `F${i % 40}` },
  waitlisted: i % 9 === 0,
  score: (i % 5) + 1,
  recentMember: i % 11 === 0,
  highClicks: i % 13 === 0,
  createdAt: i,
}));

function median(fn: () => unknown): number {
  const times: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

const planner = median(() => planRotation(60, pool));
const baseline = median(() => [...pool].sort((a, b) => b.score - a.score || a.createdAt - b.createdAt).slice(0, 60));
console.log(
  `planner: ${planner.toFixed(1)} ms (median of ${RUNS}); score-only ranking: ${baseline.toFixed(1)} ms; ratio ${(planner / baseline).toFixed(1)}×`,
);
