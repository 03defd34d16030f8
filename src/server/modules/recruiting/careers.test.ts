import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import type { ApplicationListT, JobT } from './contract';
import { applications } from './schema';
import { apply, EXE, errorCode, jsonLdOf, metaOf, ok, openJob, PDF, pathOf, recruitingOrg } from './test-data';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(() => tp.close());

const cvFiles = (orgId: string) => {
  const dir = path.join(tp.platform.config.dataDir, 'files', 'orgs', orgId, 'recruiting', 'cv');
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.pdf')) : [];
};

describe('careers page and job card', { timeout: 60_000 }, () => {
  it('serves the job as HTML with Open Graph tags and a JobPosting JSON-LD carrying every required field', async () => {
    const { hr } = await recruitingOrg(tp);
    const job = await openJob(hr, { titleIt: 'Capoturno </script><b>x</b>' });
    const res = await tp.app.request(pathOf(job.publicUrl), { headers: { 'accept-language': 'it' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('</script><b>');
    const ld = jsonLdOf(html);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org/',
      '@type': 'JobPosting',
      title: 'Capoturno </script><b>x</b>',
      datePosted: new Date().toISOString().slice(0, 10),
      validThrough: `${job.closesOn}T23:59:59`,
      employmentType: 'FULL_TIME',
      hiringOrganization: { '@type': 'Organization', name: expect.any(String) },
      jobLocation: { '@type': 'Place', address: { addressLocality: 'Parma', addressCountry: 'IT' } },
      baseSalary: { currency: 'EUR', value: { minValue: 26000, maxValue: 30000, unitText: 'YEAR' } },
    });
    expect(String(ld?.description)).toContain('<strong>linea 3</strong>');
    expect(metaOf(html, 'og:title')).toContain('Capoturno');
    expect(metaOf(html, 'og:url')).toBe(job.publicUrl);
    expect(metaOf(html, 'og:description')).toContain('Lavorerai sulla linea 3');
    expect(html).toContain('name="cv"');

    const en = await (await tp.app.request(pathOf(job.publicUrl), { headers: { 'accept-language': 'en' } })).text();
    expect(jsonLdOf(en)?.title).toBe('Packaging operator');

    const careers = await (await tp.app.request(pathOf(job.publicUrl).replace(/\/jobs\/.*$/, ''))).text();
    expect(careers).toContain(`/jobs/${job.id}`);
  });

  it('keeps drafts private; a closed or expired job says so, offers no form and refuses applications with 409', async () => {
    const { hr, org } = await recruitingOrg(tp);
    const draft = await ok<JobT>(hr.post('/api/recruiting/jobs', (await import('./test-data')).jobInput()));
    expect((await tp.app.request(pathOf(draft.publicUrl))).status).toBe(404);

    const job = await openJob(hr);
    await ok(hr.post(`/api/recruiting/jobs/${job.id}/status`, { status: 'closed' }));
    const html = await (await tp.app.request(pathOf(job.publicUrl))).text();
    expect(html).toContain('Questa posizione è chiusa');
    expect(html).not.toContain('name="cv"');
    const res = await apply(tp, job);
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('non si accettano più candidature');
    expect(cvFiles(org.id)).toEqual([]);
  });

  it('refuses a CV that is not a PDF by content (an executable renamed .pdf), a missing consent, and stores nothing', async () => {
    const { hr, org } = await recruitingOrg(tp);
    const job = await openJob(hr);
    expect((await apply(tp, job, { cv: EXE, filename: 'cv.pdf' })).status).toBe(422);
    expect((await apply(tp, job, { cv: new TextEncoder().encode('hello') })).status).toBe(422);
    expect((await apply(tp, job, { cv: null })).status).toBe(400);
    expect((await apply(tp, job, { consent: false })).status).toBe(400);
    const big = new Uint8Array(10 * 1024 * 1024 + 10);
    big.set(PDF);
    expect((await apply(tp, job, { cv: big })).status).toBe(413);
    expect(cvFiles(org.id)).toEqual([]);
    const list = await ok<ApplicationListT>(hr.get(`/api/recruiting/applications?jobId=${job.id}`));
    expect(list.applications).toEqual([]);
  });

  it('a second application with the same mailbox answers 409 and removes the bytes it had stored', async () => {
    const { hr, org } = await recruitingOrg(tp);
    const job = await openJob(hr);
    expect((await apply(tp, job, { email: 'Dario.Neri+jobs@Example.test' })).status).toBe(200);
    expect(cvFiles(org.id)).toHaveLength(1);
    const again = await apply(tp, job, { email: 'dario.neri@example.test' });
    expect(again.status).toBe(409);
    expect(cvFiles(org.id)).toHaveLength(1);
    const rows = await tp.platform.db.select().from(applications).where(eq(applications.jobId, job.id));
    expect(rows).toHaveLength(1);
  });

  it('rate limits applications per client address and per e-mail (429), before storing anything', async () => {
    const { hr } = await recruitingOrg(tp);
    const job = await openJob(hr);
    const ip = '10.99.99.99';
    const answers = [];
    for (let i = 0; i < 11; i++) answers.push((await apply(tp, job, { ip, email: `spam${i}@example.test` })).status);
    expect(answers.slice(0, 10).every((s) => s === 200)).toBe(true);
    expect(answers[10]).toBe(429);
    const perEmail = [];
    for (let i = 0; i < 6; i++) perEmail.push((await apply(tp, job, { email: 'same@example.test' })).status);
    expect(perEmail.at(-1)).toBe(429);
    expect(await errorCode(await hr.post('/api/recruiting/jobs', { titleIt: '' }))).toBe('validation_failed');
  });
});
