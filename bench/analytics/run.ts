/**
 * Analytics benchmark at the size: a year of advocacy for a 5,000-person company — 2,000 ambassadors, 250,000
 * shares, clicks spread over the three weeks after each share — with 50 million clicks on PostgreSQL and 5 million on
 * PGlite (BENCH_CLICKS). Then BENCH_USERS (10) dashboard users ask for the overview at once, for BENCH_SECONDS (30) per
 * view, the 30-day view and the one-year view: p50 and p95. Baseline in the same run: the 30-day clicks by department
 * from the raw clicks, as a dashboard without rollups would compute them, against the same figure from the rollup.
 *
 *   npm run bench:analytics                        PGlite in memory, 5 M clicks
 *   DATABASE_URL=postgres://… npm run bench:analytics   PostgreSQL, 50 M clicks (a database of its own is best)
 *   BENCH_REUSE=1 DATABASE_URL=…                    keeps the data set and reuses it on later runs (no re-seeding)
 */
import { performance } from 'node:perf_hooks';
import { eq } from 'drizzle-orm';
import { getOverview } from '../../src/server/modules/analytics';
import { freshOverview } from '../../src/server/modules/analytics/overview-cache';
import { rebuildClickRollup } from '../../src/server/modules/links/click-rollup';
import { organisations } from '../../src/server/modules/organisations/schema';
import type { Config } from '../../src/server/platform/config';
import { systemCtx } from '../../src/server/platform/ctx';
import { defaultDbTimeouts, openPglite, openPostgres } from '../../src/server/platform/db/client';
import { createLogger } from '../../src/server/platform/logger';
import { createPlatform } from '../../src/server/platform/platform';
import { seedYear } from './seed';

const DAY = 86_400_000;
const url = process.env.DATABASE_URL;
const CLICKS = Number(process.env.BENCH_CLICKS ?? (url ? 50_000_000 : 5_000_000));
const USERS = Number(process.env.BENCH_USERS ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const SHARES = 250_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const today = iso(Date.now());

// Seeding runs statements of minutes: no statement timeout there; the dashboard is measured with the app's defaults.
const seeding = url ? openPostgres(url, 2, { ...defaultDbTimeouts, statementMs: 0 }) : await openPglite(undefined);
await seeding.migrate();
const database = url ? openPostgres(url) : seeding;
const config = { dataDir: '/tmp', logLevel: 'silent', secret: 'bench-secret-bench-secret-bench-secret-0000' } as Config & {
  secret: string;
};
const platform = createPlatform(config, database, createLogger('silent'));
// BENCH_REUSE=1 keeps the data set under a slug naming its size and reuses it on the next run (50 M clicks take a
// while to seed); the slug is given only once seeding has finished, so a run cut short is never reused.
const reuse = Boolean(process.env.BENCH_REUSE) && database.kind === 'postgres';
const readySlug = `bench-analytics-${CLICKS}`;
const [kept] = reuse ? await seeding.db.select().from(organisations).where(eq(organisations.slug, readySlug)) : [];
const org =
  kept ??
  (
    await seeding.db
      .insert(organisations)
      .values({ name: 'Bench', slug: `bench-${Date.now()}` })
      .returning()
  )[0];

let t = performance.now();
if (kept) console.log(`reusing organisation ${org.id} (${readySlug})`);
else {
  const sizes = await seedYear(seeding.executeSql, org.id, {
    people: 5000,
    ambassadors: 2000,
    shares: SHARES,
    posts: 600,
    days: 365,
    spreadDays: 21,
    clicksPerShare: CLICKS / SHARES,
    firstDay: iso(Date.now() - 364 * DAY),
    progress: (m) => console.log(`  ${m} (${((performance.now() - t) / 1000).toFixed(0)} s)`),
  });
  await seeding.bulk((tx) => rebuildClickRollup(tx, org.id));
  // As autovacuum leaves a table between bursts: statistics, and the BRIN ranges on `at` summarised.
  await seeding.executeSql('vacuum analyze');
  console.log(`seeded in ${((performance.now() - t) / 1000).toFixed(0)} s (${database.kind}):`, sizes);
  if (reuse) await seeding.db.update(organisations).set({ slug: readySlug }).where(eq(organisations.id, org.id));
}
// Everything is rolled up to the current hour, as the hourly rollup leaves it.
await seeding.executeSql(
  `insert into click_rollup_state (id, rolled_through) values (1, date_trunc('hour', now()))
   on conflict (id) do update set rolled_through = excluded.rolled_through`,
);
const rollupRows = Number(
  (await seeding.executeSql('select count(*)::int as n from click_rollup where org_id = $1', [org.id])).rows[0].n,
);
console.log({ clickRollup: rollupRows });
if (database.kind === 'postgres') {
  const { rows } = await seeding.executeSql(
    `select relname as table, pg_size_pretty(pg_total_relation_size(oid)) as size from pg_class
      where relname in ('clicks', 'click_daily', 'click_rollup', 'shares', 'links') order by relname`,
  );
  console.log('table sizes (with indexes):', Object.fromEntries(rows.map((r) => [r.table, r.size])));
}

const ctx = systemCtx(platform, org.id);
const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];

type Ask = (input: { from: string; to: string }) => Promise<unknown>;
/** Every user computes the overview (as if each asked a different view: no sharing between them). */
const compute: Ask = (input) => getOverview({ ctx, input });
/** As the route serves it: users asking the same view while it is computed share that computation. */
const route: Ask = (input) => freshOverview({ ctx, input });

/** USERS loops asking for the view during SECONDS; p50 and p95 of the answers. */
async function sustained(from: string, ask: Ask) {
  await ask({ from, to: today });
  const times: number[] = [];
  const until = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: USERS }, async () => {
      while (performance.now() < until) {
        const s = performance.now();
        await ask({ from, to: today });
        times.push(performance.now() - s);
      }
    }),
  );
  times.sort((a, b) => a - b);
  return { p50: pct(times, 50), p95: pct(times, 95), answers: times.length };
}

/** One user alone: the median of five overviews, the cost of one computation without anyone waiting for another. */
async function alone(from: string) {
  const times: number[] = [];
  for (let i = 0; i < 6; i++) {
    const s = performance.now();
    await compute({ from, to: today });
    if (i > 0) times.push(performance.now() - s);
  }
  return pct(
    times.sort((a, b) => a - b),
    50,
  ).toFixed(0);
}
console.log(
  `overview, one user alone (median of 5): 30 days ${await alone(iso(Date.now() - 29 * DAY))} ms, one year ${await alone(iso(Date.now() - 364 * DAY))} ms`,
);

for (const [name, ask] of [
  ['each user computes', compute],
  ['through the route (same view shared)', route],
] as const) {
  const month = await sustained(iso(Date.now() - 29 * DAY), ask);
  const year = await sustained(iso(Date.now() - 364 * DAY), ask);
  console.log(
    `overview, ${USERS} users for ${SECONDS} s, ${name}: 30 days p50 ${month.p50.toFixed(0)} ms, p95 ${month.p95.toFixed(0)} ms (${month.answers} answers); one year p50 ${year.p50.toFixed(0)} ms, p95 ${year.p95.toFixed(0)} ms (${year.answers} answers)`,
  );
}
const o = await getOverview({ ctx, input: { from: iso(Date.now() - 29 * DAY), to: today } });
console.log(`  30 days: shares ${o.kpis.shares}, clicks ${o.kpis.clicks}, active ${o.kpis.activeAmbassadors}/${o.kpis.eligible}`);

const since = `${iso(Date.now() - 29 * DAY)}T00:00:00Z`;
t = performance.now();
await seeding.executeSql(
  `select l.department, count(*)::int from clicks c join links l on l.id = c.link_id
    where c.org_id = $1 and c.at >= $2 group by 1`,
  [org.id, since],
);
const raw = performance.now() - t;
t = performance.now();
await seeding.executeSql(
  `select department, sum(clicks)::int from click_rollup where org_id = $1 and shape = 'f' and grain = 'd' and day >= $2 group by 1`,
  [org.id, since.slice(0, 10)],
);
const rolled = performance.now() - t;
console.log(
  `30-day clicks by department: raw clicks ${raw.toFixed(0)} ms, rollup ${rolled.toFixed(0)} ms (${(raw / rolled).toFixed(0)}×)`,
);

if (database.kind === 'postgres') {
  // BENCH_KEEP=1 (or BENCH_REUSE=1) leaves the data set in place to study the queries (EXPLAIN) afterwards.
  if (process.env.BENCH_KEEP || reuse) console.log(`kept: organisation ${org.id}`);
  else {
    // Raw clicks and click_rollup have no foreign key (nothing per row on the hot path): they go by organisation.
    await seeding.executeSql('delete from clicks where org_id = $1', [org.id]);
    await seeding.executeSql('delete from click_rollup where org_id = $1', [org.id]);
    await seeding.db.delete(organisations).where(eq(organisations.id, org.id));
  }
  await database.close();
}
await seeding.close();
