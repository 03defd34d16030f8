import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCtx } from '../../platform/ctx';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { auditLog } from '../audit';
import { ensureLink, linksModule } from '../links';
import type { ApplicationListT, JobT } from './contract';
import { applications, applyAttempts, candidateTokens, points } from './schema';
import { purgeExpiredCandidates } from './sweeps';
import { apply, lastMail, ok, openJob, pathOf, recruitingOrg } from './test-data';

const PHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Version/18.0 Mobile/15E148 Safari/604.1';

let tp: TestPlatform;
let server: http.Server;
let base: string;
beforeAll(async () => {
  tp = await createTestPlatform();
  await linksModule.start?.(tp.platform);
  const handle = linksModule.fastPath!(tp.platform);
  server = http.createServer((req, res) => {
    if (!handle(req, res)) res.writeHead(418).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  await linksModule.stop?.(tp.platform);
  await tp.close();
});

async function sharedJob() {
  const o = await recruitingOrg(tp);
  const job = await openJob(o.hr);
  const promoted = await ok<JobT>(o.hr.post(`/api/recruiting/jobs/${job.id}/promote`));
  expect(promoted.postId).toBeTruthy();
  const link = await ensureLink({
    ctx: systemCtx(tp.platform, o.org.id),
    input: {
      postId: promoted.postId as string,
      personId: o.anna.id,
      network: 'linkedin',
      destination: job.publicUrl,
      department: null,
      site: null,
    },
  });
  return { ...o, job: promoted, link };
}

describe('applications through an employee share', { timeout: 90_000 }, () => {
  it('credits the employee whose tracked link the candidate followed (redirect → ref → cookie → form)', async () => {
    const { hr, anna, job, link, org } = await sharedJob();
    const visit = await fetch(`${base}/l/${link.code}`, { redirect: 'manual', headers: { 'user-agent': PHONE } });
    expect(visit.status).toBe(302);
    const target = new URL(visit.headers.get('location') as string);
    expect(target.searchParams.get('ref')).toBe(link.code);
    expect(target.searchParams.get('utm_medium')).toBe('employee-advocacy');

    const page = await tp.app.request(pathOf(target.toString()));
    expect(page.status).toBe(200);
    const cookie = page.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    expect(cookie).toContain(`voce_job_ref=${link.code}`);
    // The form is posted with the cookie only (a browser that dropped the hidden field still credits the sharer).
    expect((await apply(tp, job, { cookie, email: 'eva@example.test' })).status).toBe(200);
    const list = await ok<ApplicationListT>(hr.get('/api/recruiting/applications'));
    expect(list.applications[0]).toMatchObject({ source: 'share', referrerName: anna.name, selfReferral: false });
    const earned = await tp.platform.db.select().from(points).where(eq(points.personId, anna.id));
    expect(earned).toEqual([expect.objectContaining({ kind: 'application', points: 25, orgId: org.id })]);
  });

  it('credits nobody for a forged or foreign code, and nothing for the sharer applying with a variant of their own e-mail', async () => {
    const { hr, anna, job, link } = await sharedJob();
    const other = await sharedJob();
    expect((await apply(tp, job, { ref: other.link.code, email: 'f1@example.test' })).status).toBe(200);
    expect((await apply(tp, job, { ref: 'ZZZZZZZZZ', email: 'f2@example.test' })).status).toBe(200);
    const page = await (await tp.app.request(`${pathOf(job.publicUrl)}?ref=${other.link.code}`)).text();
    expect(page).not.toContain('name="ref"');
    // Case, a +tag and Gmail's ignored dots: the same mailbox.
    const self = `${anna.email.split('@')[0].replace(/\./g, '').toUpperCase()}+jobs@GMail.com`;
    expect((await apply(tp, job, { ref: link.code, email: self })).status).toBe(200);
    const list = await ok<ApplicationListT>(hr.get('/api/recruiting/applications'));
    const bySource = list.applications.map((a) => [a.source, a.selfReferral]);
    expect(bySource).toEqual(
      expect.arrayContaining([
        ['careers', false],
        ['careers', false],
        ['share', true],
      ]),
    );
    expect(await tp.platform.db.select().from(points).where(eq(points.personId, anna.id))).toEqual([]);
  });
});

describe('the private status link', { timeout: 90_000 }, () => {
  it('opens once, refuses a reused or expired link, lets the candidate withdraw and erase everything', async () => {
    const { hr, org } = await recruitingOrg(tp);
    const job = await openJob(hr);
    expect((await apply(tp, job, { email: 'gino@example.test', name: 'Gino Marrone' })).status).toBe(200);
    const mail = await lastMail(tp, 'gino@example.test', 'recruiting_status_link');
    expect(mail?.linkHidden).toBe(true);
    expect(mail?.text).not.toContain('/status/');
    const url = mail?.url as string;
    const opened = await tp.app.request(pathOf(url));
    expect(opened.status).toBe(303);
    const cookie = opened.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const status = await tp.app.request(opened.headers.get('location') as string, { headers: { cookie } });
    const html = await status.text();
    expect(html).toContain('Gino Marrone');
    expect(html).toContain('ricevuta');

    const reused = await tp.app.request(pathOf(url));
    expect(reused.status).toBe(410);
    expect(await reused.text()).toContain('già stato usato');

    // A second link, left to expire.
    expect((await apply(tp, await openJob(hr), { email: 'gino@example.test' })).status).toBe(200);
    const second = (await lastMail(tp, 'gino@example.test', 'recruiting_status_link'))?.url as string;
    await tp.platform.db
      .update(candidateTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(candidateTokens.orgId, org.id));
    const expired = await tp.app.request(pathOf(second));
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain('scaduto');
    expect((await tp.app.request(pathOf(url).replace(/status\/.*/, 'status/short'))).status).toBe(410);

    // The session opened before still works for a while (its own expiry was not touched by the link's).
    await tp.platform.db
      .update(candidateTokens)
      .set({ expiresAt: new Date(Date.now() + 60_000) })
      .where(eq(candidateTokens.kind, 'session'));
    const statusPath = opened.headers.get('location') as string;
    const post = (action: string) =>
      tp.app.request(statusPath, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: `action=${action}`,
      });
    expect((await post('withdraw')).status).toBe(303);
    const list = await ok<ApplicationListT>(hr.get(`/api/recruiting/applications?jobId=${job.id}`));
    expect(list.applications[0].stage).toBe('withdrawn');

    const [row] = await tp.platform.db.select().from(applications).where(eq(applications.jobId, job.id));
    expect(await tp.platform.storage.get(row.cvKey as string)).not.toBeNull();
    const erased = await post('erase');
    expect(erased.status).toBe(200);
    expect(await erased.text()).toContain('cancellati');
    expect(await tp.platform.storage.get(row.cvKey as string)).toBeNull();
    expect(await tp.platform.db.select().from(applications).where(eq(applications.id, row.id))).toEqual([]);
    expect((await tp.app.request(statusPath, { headers: { cookie } })).status).toBe(410);
  });

  it('refuses a form posted from another site (CSRF)', async () => {
    const { hr } = await recruitingOrg(tp);
    const job = await openJob(hr);
    const res = await tp.app.request(`${pathOf(job.publicUrl)}/apply`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'name=x',
    });
    expect(res.status).toBe(403);
    // A sandboxed or privacy-stripped post ("Origin: null") passes only when the browser says it is our own page.
    const nullOrigin = (site: string) =>
      tp.app.request(`${pathOf(job.publicUrl)}/apply`, {
        method: 'POST',
        headers: { origin: 'null', 'sec-fetch-site': site, 'content-type': 'application/x-www-form-urlencoded' },
        body: 'name=x',
      });
    expect((await nullOrigin('cross-site')).status).toBe(403);
    expect((await nullOrigin('same-origin')).status).toBe(400);
  });
});

describe('retention and CV access', { timeout: 90_000 }, () => {
  it('logs every CV opening; erases candidates whose period ended, leaving no bytes in the database or storage', async () => {
    const { hr, org } = await recruitingOrg(tp);
    const job = await openJob(hr);
    const marker = `Zeta${Date.now()}`;
    expect((await apply(tp, job, { email: `${marker.toLowerCase()}@example.test`, name: marker })).status).toBe(200);
    expect((await apply(tp, job, { email: 'keep@example.test', name: 'Kept Person' })).status).toBe(200);
    const list = await ok<ApplicationListT>(hr.get('/api/recruiting/applications'));
    const target = list.applications.find((a) => a.name === marker);
    const cv = await hr.get(`/api/recruiting/applications/${target?.id}/cv`);
    expect(cv.status).toBe(200);
    expect(new TextDecoder().decode(new Uint8Array(await cv.arrayBuffer())).startsWith('%PDF-')).toBe(true);
    const audits = await tp.platform.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.targetId, target?.id as string));
    expect(audits.map((a) => a.action)).toContain('recruiting.cv_viewed');

    await tp.platform.db
      .update(applications)
      .set({ retainUntil: new Date(Date.now() - 1000) })
      .where(eq(applications.id, target?.id as string));
    const [row] = await tp.platform.db
      .select()
      .from(applications)
      .where(eq(applications.id, target?.id as string));
    // Attempt counters of a window that ended over an hour ago go with the same sweep; a running one stays.
    const [oldKey, runningKey] = [`old-${marker}`, `running-${marker}`];
    await tp.platform.db.insert(applyAttempts).values([
      { key: oldKey, points: 5, expire: new Date(Date.now() - 2 * 3_600_000) },
      { key: runningKey, points: 5, expire: new Date(Date.now() + 3_600_000) },
    ]);
    await Promise.all([purgeExpiredCandidates(tp.platform), purgeExpiredCandidates(tp.platform)]);
    const attempts = await tp.platform.db
      .select({ key: applyAttempts.key })
      .from(applyAttempts)
      .where(inArray(applyAttempts.key, [oldKey, runningKey]));
    expect(attempts.map((a) => a.key)).toEqual([runningKey]);
    expect(await tp.platform.storage.get(row.cvKey as string)).toBeNull();
    const left = await tp.platform.db.execute(
      sql`select count(*)::int as n from recruiting_applications a where a.name = ${marker} or a.email like ${`${marker.toLowerCase()}%`}`,
    );
    expect((left as unknown as { rows: { n: number }[] }).rows?.[0]?.n ?? (left as unknown as { n: number }[])[0]?.n).toBe(0);
    const dir = path.join(tp.platform.config.dataDir, 'files', 'orgs', org.id, 'recruiting', 'cv');
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.pdf'))).toHaveLength(1);
    const kept = await ok<ApplicationListT>(hr.get('/api/recruiting/applications'));
    expect(kept.applications.map((a) => a.name)).toEqual(['Kept Person']);
  });
});
