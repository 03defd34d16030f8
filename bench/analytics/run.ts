/**
 * Analytics benchmark: a year of synthetic advocacy for a 5,000-person company (2,000 ambassadors × 50 shares,
 * 2 days of clicks per share), then the dashboard overview (rollup) against the same click figures computed from
 * raw clicks. Run: npx tsx bench/analytics/run.ts   (PGlite in memory; DATABASE_URL=postgres://… for PostgreSQL)
 */
import { performance } from 'node:perf_hooks';
import { eq } from 'drizzle-orm';
import { getOverview } from '../../src/server/modules/analytics';
import { organisations } from '../../src/server/modules/organisations/schema';
import type { Config } from '../../src/server/platform/config';
import { openPglite, openPostgres } from '../../src/server/platform/db/client';
import { createLogger } from '../../src/server/platform/logger';
import { createPlatform } from '../../src/server/platform/platform';
import { seedYear } from './seed';

const RUNS = 5;
const FROM = '2025-01-01';
const TO = '2025-12-31';

const database = process.env.DATABASE_URL ? openPostgres(process.env.DATABASE_URL, 2) : await openPglite(undefined);
await database.migrate();
const config = { dataDir: '/tmp', logLevel: 'silent', secret: 'bench-secret-bench-secret-bench-secret-0000' } as Config & {
  secret: string;
};
const platform = createPlatform(config, database, createLogger('silent'));
const [org] = await database.db
  .insert(organisations)
  .values({ name: 'Bench', slug: `bench-${Date.now()}` })
  .returning();

let t = performance.now();
const sizes = await seedYear(database.executeSql, org.id, {
  people: 5000,
  ambassadors: 2000,
  sharesPerAmbassador: 50,
  posts: 200,
  days: 365,
  firstDay: FROM,
});
console.log(`seeded in ${((performance.now() - t) / 1000).toFixed(1)} s:`, sizes);
await database.executeSql('analyze');

const ctx = { orgId: org.id, actor: null, db: database.db, platform, locale: 'en' as const };
const dims = ["(at at time zone 'UTC')::date", 'l.person_id', 'l.post_id', 'l.department', 'l.site', 'l.network'];
const rollupDims = ['day', 'person_id', 'post_id', 'department', 'site', 'network'];
/** Baseline: the overview's six click groupings straight from raw clicks joined to their links. */
async function fromRawClicks() {
  for (const d of dims)
    await database.executeSql(
      `select ${d} as k, count(*)::int from clicks c join links l on l.id = c.link_id
       where c.org_id = $1 and c.at >= $2 and c.at < $3 group by 1`,
      [org.id, `${FROM}T00:00:00Z`, '2026-01-01T00:00:00Z'],
    );
}
/** The same six groupings as the overview runs them, on the daily rollup. */
async function fromRollup() {
  for (const d of rollupDims)
    await database.executeSql(
      `select ${d} as k, sum(clicks)::int from click_daily where org_id = $1 and day between $2 and $3 group by 1`,
      [org.id, FROM, TO],
    );
}

async function median(fn: () => Promise<unknown>) {
  await fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

const overview = await median(() => getOverview({ ctx, input: { from: FROM, to: TO } }));
const month = await median(() => getOverview({ ctx, input: { from: '2025-12-02', to: TO } }));
const rollup = await median(fromRollup);
const raw = await median(fromRawClicks);
const o = await getOverview({ ctx, input: { from: FROM, to: TO } });
console.log(`overview, one year, whole org (${database.kind}): ${overview.toFixed(0)} ms median of ${RUNS}`);
console.log(
  `  shares ${o.kpis.shares}, clicks ${o.kpis.clicks}, active ${o.kpis.activeAmbassadors}/${o.kpis.eligible}, gini ${o.concentration.gini?.toFixed(3)}`,
);
console.log(`overview, last 30 days (the default view): ${month.toFixed(0)} ms`);
console.log(`click groupings of the overview, one year: rollup ${rollup.toFixed(0)} ms vs raw clicks ${raw.toFixed(0)} ms`);
console.log(
  `ratio raw / rollup: ${(raw / rollup).toFixed(1)}×; raw click groupings alone vs the whole overview: ${(raw / overview).toFixed(1)}×`,
);
// Leave a shared PostgreSQL database as it was found (the organisation's rows go with it).
if (database.kind === 'postgres') await database.db.delete(organisations).where(eq(organisations.id, org.id));
await database.close();
