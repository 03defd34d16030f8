import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCtx } from '../../platform/ctx';
import { createOrg, createPerson } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { insertPost } from '../sharing/test-data';
import { ensureLink, linksModule, recorderOf } from '.';
import { ClickRecorder } from './click-recorder';
import { clicks } from './schema';
import { serveRedirects } from './test-server';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
  await linksModule.start?.(tp.platform);
});
afterAll(async () => {
  await linksModule.stop?.(tp.platform);
  await tp.close();
});

async function newLink() {
  const org = await createOrg(tp);
  const person = await createPerson(tp, org.id);
  const { post } = await insertPost(tp, org.id, { url: 'https://www.example.com/jobs' });
  const link = await ensureLink({
    ctx: systemCtx(tp.platform, org.id),
    input: { postId: post.id, personId: person.id, network: 'x', destination: post.url, department: null, site: null },
  });
  return { id: link.id, path: `/l/${link.code}` };
}

const browser = (i: number) => `Mozilla/5.0 (X11; Linux x86_64; rv:${i}.0) Gecko/20100101 Firefox/${i}.0`;

/** What root cannot write through either: a regular file where the spool folder was. */
function breakSpool(dataDir: string): string {
  const spool = path.join(dataDir, 'spool');
  fs.rmSync(spool, { recursive: true, force: true });
  fs.writeFileSync(spool, 'not a folder');
  return spool;
}

async function counted(linkId: string) {
  return (await tp.platform.db.select({ id: clicks.id }).from(clicks).where(eq(clicks.linkId, linkId))).length;
}

describe('when the click spool cannot be written', () => {
  it('still sends every visitor on, records their clicks anyway, and tells the operator on /readyz', async () => {
    const recorder = recorderOf(tp.platform);
    const srv = await serveRedirects(tp.platform, recorder);
    const link = await newLink();
    expect((await srv.visit(link.path)).status).toBe(302);
    await recorder.flush();

    const spool = breakSpool(tp.platform.config.dataDir);
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => srv.visit(link.path, { 'user-agent': browser(i) })));
    expect(answers.map((r) => r.status)).toEqual(Array(20).fill(302));
    expect(answers.every((r) => r.headers.get('location')?.startsWith('https://www.example.com/jobs?'))).toBe(true);

    const ready = (await (await tp.app.request('/readyz')).json()) as { links: Record<string, unknown> };
    expect(ready.links).toMatchObject({ clicksNotWrittenToSpool: 20, clicksLost: 0 });
    expect(String(ready.links.spoolError)).toMatch(/EEXIST|ENOTDIR/);

    await recorder.flush();
    expect(await counted(link.id)).toBe(21);

    // The folder is freed again: clicks go to disk as before.
    fs.rmSync(spool);
    expect((await srv.visit(link.path, { 'user-agent': browser(99) })).status).toBe(302);
    const after = (await (await tp.app.request('/readyz')).json()) as { links: Record<string, unknown> };
    expect(after.links).toMatchObject({ clicksNotWrittenToSpool: 20, spoolError: null });
    await recorder.flush();
    expect(await counted(link.id)).toBe(22);
    expect(fs.readdirSync(spool)).toEqual([]);
    await srv.close();
  });

  it('logs the failure once a minute rather than once a click', async () => {
    const lines: { msg: string; clicksNotWrittenToSpool?: number }[] = [];
    const logger = pino({ level: 'info' }, { write: (l: string) => void lines.push(JSON.parse(l)) });
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'voce-spool-'));
    const recorder = new ClickRecorder({ database: tp.platform.database, logger, dataDir, exclusive: true });
    await recorder.start();
    const srv = await serveRedirects(tp.platform, recorder);
    const link = await newLink();
    breakSpool(dataDir);
    // Twelve visitors over more than two seconds: several flush ticks see the failure and write the clicks.
    for (let i = 0; i < 12; i++) {
      expect((await srv.visit(link.path, { 'user-agent': browser(i) })).status).toBe(302);
      await new Promise((r) => setTimeout(r, 200));
    }
    const reports = () => lines.filter((l) => l.msg.startsWith('clicks could not be recorded normally'));
    expect(reports()).toHaveLength(1);
    await srv.close();
    await recorder.stop();
    expect(await counted(link.id)).toBe(12);
    // The report on stop carries what the first one could not count yet.
    expect(reports().reduce((n, l) => n + (l.clicksNotWrittenToSpool ?? 0), 0)).toBe(12);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps only a bounded reserve in memory, and counts the clicks beyond it as lost', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'voce-spool-'));
    const limits = { fileRecords: 1000, memoryRecords: 5 };
    // Not started: no flush runs between the visits, as when the database is slow too.
    const recorder = new ClickRecorder({
      database: tp.platform.database,
      logger: tp.platform.logger,
      dataDir,
      exclusive: true,
      limits,
    });
    const srv = await serveRedirects(tp.platform, recorder);
    const link = await newLink();
    breakSpool(dataDir);
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => srv.visit(link.path, { 'user-agent': browser(i) })));
    expect(answers.map((r) => r.status)).toEqual(Array(12).fill(302));
    expect(recorder.held()).toBe(5);
    expect(recorder.health.snapshot()).toMatchObject({ clicksNotWrittenToSpool: 12, clicksLost: 7 });
    await recorder.flush();
    expect(await counted(link.id)).toBe(5);
    await srv.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});
