/**
 * Where the overview's time goes, on a data set kept by `BENCH_REUSE=1 npm run bench:analytics`: each read of the
 * overview timed on its own (median of BENCH_REPEAT, 5), for the 30-day and the one-year view, one at a time.
 *
 *   DATABASE_URL=postgres://…/bench_analytics BENCH_CLICKS=50000000 npx tsx bench/analytics/profile.ts
 */
import { performance } from 'node:perf_hooks';
import { eq } from 'drizzle-orm';
import { getOverview } from '../../src/server/modules/analytics';
import { clickGroups } from '../../src/server/modules/analytics/click-groups';
import { resolvePeriod } from '../../src/server/modules/analytics/period';
import { type Dimension, sharesByEvery } from '../../src/server/modules/analytics/queries';
import { rolledShareGroups } from '../../src/server/modules/analytics/rolled-shares';
import { resolveScope, shareWhere } from '../../src/server/modules/analytics/scope';
import { organisations } from '../../src/server/modules/organisations/schema';
import type { Config } from '../../src/server/platform/config';
import { systemCtx } from '../../src/server/platform/ctx';
import { openPostgres } from '../../src/server/platform/db/client';
import { createLogger } from '../../src/server/platform/logger';
import { createPlatform } from '../../src/server/platform/platform';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL: the database the benchmark kept');
const CLICKS = Number(process.env.BENCH_CLICKS ?? 50_000_000);
const REPEAT = Number(process.env.BENCH_REPEAT ?? 5);
const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

const database = openPostgres(url);
const config = { dataDir: '/tmp', logLevel: 'silent', secret: 'bench-secret-bench-secret-bench-secret-0000' } as Config & {
  secret: string;
};
const platform = createPlatform(config, database, createLogger('silent'));
const [org] = await database.db
  .select()
  .from(organisations)
  .where(eq(organisations.slug, `bench-analytics-${CLICKS}`));
if (!org) throw new Error(`no kept data set of ${CLICKS} clicks`);
const base = systemCtx(platform, org.id);
const ctx = { ...base, db: database.reportDb };

async function median(f: () => Promise<unknown>) {
  const times: number[] = [];
  for (let i = 0; i < REPEAT; i++) {
    const s = performance.now();
    await f();
    times.push(performance.now() - s);
  }
  return times.sort((a, b) => a - b)[Math.floor(REPEAT / 2)].toFixed(0);
}

for (const days of [30, 365]) {
  const input = { from: iso(Date.now() - (days - 1) * DAY), to: iso(Date.now()) };
  const scope = resolveScope(ctx, undefined);
  const p = resolvePeriod(input);
  const out: Record<string, string> = {};
  out.overview = await median(() => getOverview({ ctx: base, input }));
  out.sharesByEvery = await median(() => sharesByEvery(ctx, shareWhere(ctx, input, scope, p.start, p.end)));
  out.rolledShareGroups = await median(() => rolledShareGroups(ctx, p));
  for (const dim of ['day', 'person', 'post', 'department', 'site', 'network'] as Dimension[])
    out[`clicks by ${dim}`] = await median(() => clickGroups(ctx, input, scope, p, dim));
  console.log(`${days} days (ms, median of ${REPEAT}):`, out);
}
await database.close();
