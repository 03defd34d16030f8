import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCtx } from '../../platform/ctx';
import { openPostgres } from '../../platform/db/client';
import { createOrg, createPerson } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { insertPost } from '../sharing/test-data';
import { ensureLink } from '.';
import { ClickRecorder } from './click-recorder';
import { clicks } from './schema';
import type { ClickRecord } from './spool';
import { countedClicks } from './test-counts';

// Small files and reserve, so that the bound is visible with a few thousand clicks.
const limits = { fileRecords: 100, memoryRecords: 50 };
/** The open file, plus the newest closed one (or one read back from disk) on its way to the database. */
const BOUND = 2 * limits.fileRecords;

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

async function newLinkId(): Promise<string> {
  const org = await createOrg(tp);
  const person = await createPerson(tp, org.id);
  const { post } = await insertPost(tp, org.id);
  const link = await ensureLink({
    ctx: systemCtx(tp.platform, org.id),
    input: { postId: post.id, personId: person.id, network: 'linkedin', destination: post.url, department: null, site: null },
  });
  return link.id;
}

/** `n` different visitors' clicks, answered (on disk) before this resolves; tracks the most records held in memory. */
async function clickMany(recorder: ClickRecorder, linkId: string, n: number, seen: { max: number }) {
  for (let i = 0; i < n; i += 50) {
    await Promise.all(
      Array.from({ length: Math.min(50, n - i) }, () => {
        const click: ClickRecord = {
          id: crypto.randomUUID(),
          linkId,
          at: new Date().toISOString(),
          visitorHash: crypto.randomBytes(12).toString('base64url'),
          referrerHost: null,
          deviceClass: 'desktop',
          country: null,
        };
        return new Promise<void>((answered) => recorder.record(click, answered));
      }),
    );
    seen.max = Math.max(seen.max, recorder.held());
  }
}

async function recorded(linkId: string) {
  const [c] = await tp.platform.db.select({ n: sql<number>`count(*)::int` }).from(clicks).where(eq(clicks.linkId, linkId));
  return { clicks: c.n, rollup: await countedClicks(tp.platform.db, linkId) };
}

/** A port nothing listens on: a real PostgreSQL client pointed there fails every query. */
async function deadPort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const { port } = srv.address() as net.AddressInfo;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

describe('memory while the database cannot take clicks', () => {
  it('stays bounded while the database is down; every click is recorded exactly once when it is back', async () => {
    const linkId = await newLinkId();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'voce-bounded-'));
    const down = openPostgres(`postgres://voce@127.0.0.1:${await deadPort()}/voce`, 2, {
      connectMs: 1000,
      statementMs: 1000,
      idleInTransactionMs: 1000,
    });
    const a = new ClickRecorder({ database: down, logger: tp.platform.logger, dataDir, exclusive: true, limits });
    const seen = { max: 0 };
    for (let round = 0; round < 8; round++) {
      await clickMany(a, linkId, 250, seen);
      await a.flush(); // fails: the batch goes back to its file, not to memory
      seen.max = Math.max(seen.max, a.held());
    }
    expect(seen.max).toBeLessThanOrEqual(BOUND);
    expect(a.health.snapshot()).toMatchObject({ clicksWaiting: 2000, clicksLost: 0 });
    expect(a.health.snapshot().databaseError).toBeTruthy();
    expect(fs.readdirSync(path.join(dataDir, 'spool')).length).toBeGreaterThanOrEqual(2000 / limits.fileRecords);
    await a.stop();
    await down.close();

    // The database is back, for a new process on the same spool folder.
    const b = new ClickRecorder({ database: tp.platform.database, logger: tp.platform.logger, dataDir, exclusive: true, limits });
    await b.start();
    await b.stop();
    expect(await recorded(linkId)).toEqual({ clicks: 2000, rollup: 2000 });
    expect(fs.readdirSync(path.join(dataDir, 'spool'))).toEqual([]);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('stays bounded while the database is slow, and the same recorder then writes every click exactly once', async () => {
    const linkId = await newLinkId();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'voce-bounded-'));
    const r = new ClickRecorder({ database: tp.platform.database, logger: tp.platform.logger, dataDir, exclusive: true, limits });
    const seen = { max: 0 };
    await clickMany(r, linkId, 100, seen);
    // Another transaction holds the clicks table: the flush waits (PGlite: the whole database waits).
    let release = () => {};
    const holding = new Promise<void>((resolve) => {
      release = resolve;
    });
    let locked = () => {};
    const isLocked = new Promise<void>((resolve) => {
      locked = resolve;
    });
    const blocker = tp.platform.db.transaction(async (tx) => {
      await tx.execute(sql`lock table clicks in exclusive mode`);
      locked();
      await holding;
    });
    await isLocked;
    const stuck = r.flush();
    await clickMany(r, linkId, 1900, seen);
    expect(seen.max).toBeLessThanOrEqual(BOUND);
    release();
    await blocker;
    await stuck;
    await r.flush();
    expect(await recorded(linkId)).toEqual({ clicks: 2000, rollup: 2000 });
    expect(r.held()).toBe(0);
    expect(fs.readdirSync(path.join(dataDir, 'spool'))).toEqual([]);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});
