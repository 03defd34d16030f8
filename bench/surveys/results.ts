/**
 * Survey results for 5,000 respondents of an anonymous survey (k = 5), six questions (eNPS, two 1–5 scales, single
 * and multiple choice, free text), respondents spread over 9 departments, 6 sites, 7 job families, 5 tenure bands and
 * a three-level management chain (teams of ~8). Sustained: results with a breakdown (department, site, job family,
 * tenure in turn, the organisation and one department narrowed) are asked for BENCH_SECONDS (30) by BENCH_USERS (5)
 * users at once; p50/p95 are reported. Baseline in the same run, same load: the same results without a breakdown.
 * The first request of a closed round also computes its disclosure plan (then kept): that cold time is shown too.
 *
 *   npx tsx bench/surveys/results.ts            PGlite in memory; DATABASE_URL=postgres://… for PostgreSQL
 */
import { performance } from 'node:perf_hooks';
import { eq } from 'drizzle-orm';
import { organisations } from '../../src/server/modules/organisations/schema';
import { dims } from '../../src/server/modules/surveys/disclosure';
import { getResults } from '../../src/server/modules/surveys/get-results';
import type { Config } from '../../src/server/platform/config';
import { systemCtx } from '../../src/server/platform/ctx';
import { openPglite, openPostgres } from '../../src/server/platform/db/client';
import { createLogger } from '../../src/server/platform/logger';
import { createPlatform } from '../../src/server/platform/platform';
import { seedSurveyResults } from './survey-data';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const USERS = Number(process.env.BENCH_USERS ?? 5);
const RESPONDENTS = 5000;

const database = process.env.DATABASE_URL ? openPostgres(process.env.DATABASE_URL, 10) : await openPglite(undefined);
await database.migrate();
const config = { dataDir: '/tmp', logLevel: 'silent', secret: 'bench-secret-bench-secret-bench-secret-0000' } as Config & {
  secret: string;
};
const platform = createPlatform(config, database, createLogger('silent'));
const [org] = await database.db
  .insert(organisations)
  .values({ name: 'Bench', slug: `bench-${Date.now()}` })
  .returning();

const started = performance.now();
const surveyId = await seedSurveyResults(database.executeSql, org.id, RESPONDENTS);
await database.executeSql('analyze');
console.log(`seeded ${RESPONDENTS} responses in ${((performance.now() - started) / 1000).toFixed(1)} s (${database.kind})`);

// As HR see it: the whole organisation (a system context reads like a reviewer, without a team scope).
const ctx = systemCtx(platform, org.id);
const scope = 'org' as const;

/** `USERS` loops asking `fn` (given the request's number) for `SECONDS`; every answer's duration in ms. */
async function sustained(fn: (n: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  let n = 0;
  const until = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: USERS }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        await fn(n++);
        times.push(performance.now() - t);
      }
    }),
  );
  return times.sort((a, b) => a - b);
}
const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];

const t0 = performance.now();
const first = await getResults({ ctx, input: { id: surveyId, scope, breakdown: 'department' } });
const cold = performance.now() - t0;
const shown = first.breakdown?.groups.filter((g) => g.shown).length ?? 0;
console.log(`check: status ${first.status}, n ${first.n}, ${shown} departments shown, eNPS ${first.questions[0]?.enps}`);
for (const d of dims) {
  const r = await getResults({ ctx, input: { id: surveyId, scope, breakdown: d } });
  console.log(
    `  breakdown ${d}: ${r.breakdown?.groups.length ?? 0} rows (${r.breakdown?.groups.filter((g) => !g.shown).length} withheld)`,
  );
}

const base = await sustained(() => getResults({ ctx, input: { id: surveyId, scope } }));
const requests = [
  ...dims.map((breakdown) => ({ breakdown })),
  ...dims.filter((d) => d !== 'department').map((breakdown) => ({ breakdown, department: 'Dept 1' })),
];
const withBreakdowns = await sustained((n) =>
  getResults({ ctx, input: { id: surveyId, scope, ...requests[n % requests.length] } }),
);
const line = (name: string, xs: number[]) =>
  `${name}: p50 ${pct(xs, 50).toFixed(0)} ms, p95 ${pct(xs, 95).toFixed(0)} ms, ${(xs.length / SECONDS).toFixed(1)}/s over ${SECONDS} s, ${USERS} users`;
console.log(`first request (loads the round, plans disclosure): ${cold.toFixed(0)} ms`);
console.log(line('results with breakdowns', withBreakdowns));
console.log(line('baseline (results, no breakdown)', base));
console.log(`ratio p95 breakdowns / baseline: ${(pct(withBreakdowns, 95) / pct(base, 95)).toFixed(1)}×`);
if (database.kind === 'postgres') await database.db.delete(organisations).where(eq(organisations.id, org.id));
await database.close();
