import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrationsFolder } from '../../src/server/platform/db/client';
import { landedFolder, openDb } from './upgrade-db';

// The upgrade to 0005: a database as release 0004 left it, with shares in two months and their clicks rolled up, then
// the upgrade. share_rollup is filled from the existing shares and kept by its triggers from then on; click_rollup gets
// its shapes for views without filters (by person alone, in total) from the shapes that hold them.

const org = '00000000-0000-4000-8000-000000000005';
let db: Awaited<ReturnType<typeof openDb>>;
beforeAll(async () => {
  db = await openDb();
  await db.migrate(landedFolder('0004_unreleased'));
  await db.query(`insert into organisations (id, name, slug) values ('${org}', 'Aurora', 'aurora')`);
  await db.query(`insert into people (id, org_id, email, name) values
    ('00000000-0000-4000-8000-0000000000a1', '${org}', 'anna@example.test', 'Anna')`);
  await db.query(`insert into posts (id, org_id, title, url) values
    ('00000000-0000-4000-8000-0000000000b1', '${org}', 'Lancio', 'https://example.test/a')`);
  for (const [i, network, day, status] of [
    [1, 'linkedin', '2026-10-31T22:00:00Z', 'confirmed'],
    [2, 'x', '2026-11-02T09:00:00Z', 'started'],
  ] as const) {
    await db.query(`insert into links (id, org_id, code, destination, post_id, person_id, network) values
      ('00000000-0000-4000-8000-0000000000c${i}', '${org}', 'code${i}', 'https://example.test/a',
       '00000000-0000-4000-8000-0000000000b1', '00000000-0000-4000-8000-0000000000a1', '${network}')`);
    await db.query(`insert into shares (org_id, post_id, person_id, network, text, link_id, distance_from_suggestions,
      personalised, audience_size, department, status, created_at) values
      ('${org}', '00000000-0000-4000-8000-0000000000b1', '00000000-0000-4000-8000-0000000000a1', '${network}', 'Parole mie',
       '00000000-0000-4000-8000-0000000000c${i}', 0.5, true, 300, 'Vendite', '${status}', '${day}')`);
  }
  const nil = '00000000-0000-0000-0000-000000000000';
  await db.query(`insert into click_rollup (org_id, shape, grain, day, person_id, post_id, network, department, site, clicks)
    values ('${org}', 'p', 'd', '2026-11-02', '00000000-0000-4000-8000-0000000000a1', '${nil}', 'linkedin', 'Vendite', '', 4),
           ('${org}', 'p', 'd', '2026-11-02', '00000000-0000-4000-8000-0000000000a1', '${nil}', 'x', 'Vendite', '', 3),
           ('${org}', 'f', 'd', '2026-11-02', '${nil}', '${nil}', 'linkedin', 'Vendite', '', 4),
           ('${org}', 'f', 'd', '2026-11-02', '${nil}', '${nil}', 'x', 'Vendite', '', 3)`);
  await db.migrate(migrationsFolder);
}, 180_000);
afterAll(async () => {
  await db?.close();
  await db?.drop();
});

it('fills the share rollup from the shares already there, each in its UTC day and month', async () => {
  const rows = await db.query(`select grain, to_char(day, 'YYYY-MM-DD') as day, dim, key, shares, confirmed, personalised,
      reach, with_audience from share_rollup where dim in ('day', 'network') order by grain, day, dim, key`);
  const row = (grain: string, day: string, dim: string, key: string, confirmed: number) => ({
    grain,
    day,
    dim,
    key,
    shares: 1,
    confirmed,
    personalised: 1,
    reach: 300,
    with_audience: 1,
  });
  expect(rows).toEqual([
    row('d', '2026-10-31', 'day', '2026-10-31', 1),
    row('d', '2026-10-31', 'network', 'linkedin', 1),
    row('d', '2026-11-02', 'day', '2026-11-02', 0),
    row('d', '2026-11-02', 'network', 'x', 0),
    row('m', '2026-10-01', 'network', 'linkedin', 1),
    row('m', '2026-11-01', 'network', 'x', 0),
  ]);
  expect(await db.query(`select key, shares from share_rollup where grain = 'm' and dim = 'department' order by day`)).toEqual([
    { key: 'Vendite', shares: 1 },
    { key: 'Vendite', shares: 1 },
  ]);
});

it('keeps it from then on: an answer moves a share to confirmed', async () => {
  await db.query(`update shares set status = 'confirmed' where network = 'x'`);
  expect(await db.query(`select confirmed from share_rollup where grain = 'm' and dim = 'network' and key = 'x'`)).toEqual([
    { confirmed: 1 },
  ]);
});

it('adds the click shapes for views without filters: by person alone and in total', async () => {
  expect(
    await db.query(
      `select shape, person_id, network, department, clicks from click_rollup where shape in ('q', 't') order by shape`,
    ),
  ).toEqual([
    { shape: 'q', person_id: '00000000-0000-4000-8000-0000000000a1', network: '', department: '', clicks: 7 },
    { shape: 't', person_id: '00000000-0000-0000-0000-000000000000', network: '', department: '', clicks: 7 },
  ]);
});
