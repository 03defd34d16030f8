/**
 * Programme dashboard for a 5,000-person organisation: 2,000 people who share (20 shares each over the last 100 days,
 * their clicks over the three weeks after), a programme with a past cohort of 300 alumni and a current one of 300 members, 1,500
 * applications. Sustained: the dashboard is asked again and again for BENCH_SECONDS (30) by BENCH_USERS (5) users at
 * once, and p50/p95 are reported. Baseline in the same run, same load: reading the active directory once
 * (findPeopleDetails), which the dashboard needs anyway.
 *
 *   npx tsx bench/ambassadors/dashboard.ts            PGlite in memory; DATABASE_URL=postgres://… for PostgreSQL
 */
import { performance } from 'node:perf_hooks';
import { eq } from 'drizzle-orm';
import { getDashboard } from '../../src/server/modules/ambassadors/get-dashboard';
import { organisations } from '../../src/server/modules/organisations/schema';
import { findPeopleDetails } from '../../src/server/modules/people';
import type { Config } from '../../src/server/platform/config';
import { systemCtx } from '../../src/server/platform/ctx';
import { openPglite, openPostgres } from '../../src/server/platform/db/client';
import { createLogger } from '../../src/server/platform/logger';
import { createPlatform } from '../../src/server/platform/platform';
import { seedYear } from '../analytics/seed';
import { seedProgramme } from './programme-data';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const USERS = Number(process.env.BENCH_USERS ?? 5);
const DAY = 86_400_000;

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
const sizes = await seedYear(database.executeSql, org.id, {
  people: 5000,
  ambassadors: 2000,
  shares: 40_000,
  posts: 200,
  days: 121,
  spreadDays: 21,
  clicksPerShare: 6,
  firstDay: new Date(Date.now() - 120 * DAY).toISOString().slice(0, 10),
});
const programmeId = await seedProgramme(database.executeSql, org.id);
await database.executeSql('analyze');
console.log(`seeded in ${((performance.now() - started) / 1000).toFixed(1)} s (${database.kind}):`, sizes);

// As comms see it: the whole organisation (a system context reads like a reviewer, without a team scope).
const ctx = systemCtx(platform, org.id);

/**
 * `USERS` loops asking `fn` for `SECONDS`; every answer's duration in ms. With one user, also the process CPU time of
 * each answer: PGlite runs in this process, so that is what the answer costs on an idle core, whatever else the
 * machine is doing (a shared machine inflates wall times; CPU time is the figure to compare across runs).
 */
const cpuTimes = new Map<string, number[]>();
async function sustained(fn: () => Promise<unknown>, name = ''): Promise<number[]> {
  await fn();
  const times: number[] = [];
  const cpu: number[] = [];
  cpuTimes.set(name, cpu);
  const until = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: USERS }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        const c = process.cpuUsage();
        await fn();
        times.push(performance.now() - t);
        const used = process.cpuUsage(c);
        cpu.push((used.user + used.system) / 1000);
      }
    }),
  );
  cpu.sort((a, b) => a - b);
  return times.sort((a, b) => a - b);
}
const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];

const base = await sustained(() => findPeopleDetails(ctx, 'active'), 'base');
const dash = await sustained(() => getDashboard({ ctx, input: { programmeId } }), 'dash');
const d = await getDashboard({ ctx, input: { programmeId } });
console.log(`dashboard check: ${d.activeMembers} active members, ${d.activity.shares30} shares in 30 days`);
const line = (name: string, xs: number[]) =>
  `${name}: p50 ${pct(xs, 50).toFixed(0)} ms, p95 ${pct(xs, 95).toFixed(0)} ms, ${(xs.length / SECONDS).toFixed(1)}/s over ${SECONDS} s, ${USERS} users`;
console.log(line('programme dashboard', dash));
console.log(line('baseline (active directory)', base));
console.log(`ratio p95 dashboard / baseline: ${(pct(dash, 95) / pct(base, 95)).toFixed(1)}×`);
if (USERS === 1 && database.kind === 'pglite') {
  const [d, b] = [cpuTimes.get('dash') ?? [], cpuTimes.get('base') ?? []];
  console.log(
    `CPU time per answer: dashboard p50 ${pct(d, 50).toFixed(0)} ms, p95 ${pct(d, 95).toFixed(0)} ms; baseline p50 ${pct(b, 50).toFixed(0)} ms, p95 ${pct(b, 95).toFixed(0)} ms`,
  );
}
if (database.kind === 'postgres') {
  // Raw clicks and click_rollup have no foreign key (nothing per row on the hot path): they go by organisation.
  await database.executeSql('delete from clicks where org_id = $1', [org.id]);
  await database.executeSql('delete from click_rollup where org_id = $1', [org.id]);
  await database.db.delete(organisations).where(eq(organisations.id, org.id));
}
await database.close();
