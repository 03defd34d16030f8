import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { rollClosedHours } from '../../src/server/modules/links';
import { prepareLinks, withDataDir } from '../support/link-data';
import { startVoce, type Voce } from '../support/voce-process';

const N = 300;

/** N distinct visitors (different browsers) follow the link; every redirect must be answered. */
async function clickN(voce: Voce, linkPath: string) {
  for (let i = 0; i < N; i += 50) {
    const answers = await Promise.all(
      Array.from({ length: Math.min(50, N - i) }, (_, j) =>
        fetch(`${voce.url}${linkPath}`, {
          redirect: 'manual',
          headers: { 'user-agent': `Mozilla/5.0 (X11; Linux x86_64) Firefox/${i + j}.0` },
        }),
      ),
    );
    expect(answers.every((r) => r.status === 302)).toBe(true);
  }
}

/** Raw clicks, and counted clicks once the hour has closed and the rollup (links.roll-clicks) has run. */
const countClicks = (dataDir: string) =>
  withDataDir(dataDir, async ({ db, database }) => {
    await rollClosedHours(database, new Date(Date.now() + 2 * 3_600_000));
    const c = await db.execute<{ clicks: number; rollup: number }>(
      sql`select (select count(*) from clicks)::int as clicks, (select coalesce(sum(clicks), 0) from click_daily)::int as rollup`,
    );
    return c.rows[0];
  });

let voce: Voce | undefined;
afterEach(async () => voce?.stop());

// Real processes on a shared, busy machine: starting one and migrating its data folder may take a while.
describe('a click whose redirect was answered is never lost', { timeout: 180_000 }, () => {
  it('survives SIGKILL right after the answers: after a restart exactly N clicks are recorded, in the rollup too', async () => {
    const { dataDir, links } = await prepareLinks();
    const linkPath = links[0].path;
    voce = await startVoce({ dataDir, seed: false });
    await clickN(voce, linkPath);
    await voce.kill();
    voce = await startVoce({ dataDir, seed: false });
    await voce.stop();
    voce = undefined;
    expect(await countClicks(dataDir)).toEqual({ clicks: N, rollup: N });
    expect(fs.readdirSync(path.join(dataDir, 'spool'))).toEqual([]);
  });

  it('drains on a graceful stop: everything is in the database and nothing is left to replay', async () => {
    const { dataDir, links } = await prepareLinks();
    const linkPath = links[0].path;
    voce = await startVoce({ dataDir, seed: false });
    await clickN(voce, linkPath);
    await voce.stop();
    voce = undefined;
    expect(fs.readdirSync(path.join(dataDir, 'spool'))).toEqual([]);
    expect(await countClicks(dataDir)).toEqual({ clicks: N, rollup: N });
  });
});
