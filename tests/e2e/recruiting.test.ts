import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkpoint, openBrowser, signedInPage, startVoce, type Voce } from './harness';

// Issue 12 (first half) end to end on the demo company, in Italian: HR open a job and put it in the feed; the editors
// publish it; an employee shares it on LinkedIn with her tracked link; a candidate opens that link on a phone, reads
// the server-rendered job card and applies with a PDF; HR see the application credited to the employee, score it,
// shortlist it and send the outcome.
const TITLE = 'Manutentore/trice meccanico/a';
const PHONE_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

let voce: Voce;
let browser: Browser;
let job = { id: '', postId: '', publicUrl: '' };
let trackedLink = '';

beforeAll(async () => {
  voce = await startVoce({ seed: true });
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await voce?.stop();
});

const check = (page: Page, name: string) => checkpoint(page, `recruiting-${name}`);
const signedIn = (email: string, phone = false) => signedInPage(browser, voce.url, email, phone);

describe('a job shared by an employee brings a candidate', () => {
  it('HR create and open a job, and put it in the employee feed; the editors publish it', async () => {
    const page = await signedIn('hr@aurora.example');
    await page.goto('/recruiting/jobs');
    await page.getByRole('link', { name: 'Nuova posizione' }).click();
    await page.getByRole('heading', { name: 'Nuova posizione' }).waitFor();
    await page.getByLabel('Titolo (italiano)').fill(TITLE);
    await page.getByLabel('Titolo (inglese)').fill('Maintenance technician');
    await page.getByLabel('Reparto').fill('Produzione');
    await page.getByLabel('Sede').fill('Stabilimento di Parma');
    await page.getByLabel('Città').fill('Parma');
    await page
      .getByLabel('Descrizione (italiano; una riga vuota inizia un paragrafo)')
      .fill('Manutenzione delle linee di pastificazione.\n\nTurni diurni.');
    await page.getByLabel('Descrizione (inglese)').fill('Maintenance of the pasta lines.');
    await page.getByRole('button', { name: 'Aggiungi una domanda' }).click();
    await page.getByLabel('Domanda', { exact: true }).fill('Serve il patentino PES/PAV?');
    await page.getByLabel('Risposta', { exact: true }).fill('Sì, oppure lo prendi con noi.');
    await check(page, '01-editor');
    await page.getByRole('button', { name: 'Salva' }).click();
    const card = page.locator('.mantine-Card-root', { hasText: TITLE });
    await card.getByRole('button', { name: 'Apri' }).click();
    await card.getByRole('button', { name: 'Metti nel feed dei colleghi' }).click();
    // Not getByText('Nel feed dei colleghi'): that also matches the button's own label while it is still there.
    await card.getByRole('button', { name: 'Metti nel feed dei colleghi' }).waitFor({ state: 'detached' });
    await card.getByText(/^Nel feed dei colleghi \(/).waitFor();
    await check(page, '02-jobs');
    const jobs = (await (await page.request.get('/api/recruiting/jobs')).json()) as {
      jobs: (typeof job & { titleIt: string })[];
    };
    job = jobs.jobs.find((j) => j.titleIt === TITLE) as typeof job;
    expect(job.postId).toBeTruthy();

    const editor = await signedIn('comunicazione@aurora.example');
    // Without required approval (the demo's setting) submitting publishes; otherwise the editor approves.
    const submitted = await editor.request.post(`/api/posts/${job.postId}/submit`, { data: {} });
    expect(submitted.status()).toBe(200);
    if (((await submitted.json()) as { status: string }).status === 'in_review')
      expect((await editor.request.post(`/api/posts/${job.postId}/approve`, { data: {} })).status()).toBe(200);
    await editor.close();
  });

  it('an employee shares the job on LinkedIn with her tracked link', async () => {
    const page = await signedIn('dipendente@aurora.example', true);
    await page
      .context()
      .route(/linkedin\.com/, (route) =>
        route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>LinkedIn</title><p>LinkedIn</p>' }),
      );
    await page.goto('/recruiting/refer');
    const card = page.locator('.mantine-Card-root', { hasText: TITLE });
    await card.getByRole('link', { name: 'Condividi' }).click();
    await page.getByRole('heading', { name: TITLE }).waitFor();
    await page.getByLabel('Il tuo testo').fill('In linea cerchiamo un manutentore: passate parola! #dipendenteAurora');
    const popup = page.context().waitForEvent('page');
    await page.getByRole('button', { name: 'Condividi su LinkedIn' }).click();
    await (await popup).waitForLoadState();
    trackedLink = await page.getByLabel('Il tuo link tracciato').inputValue();
    expect(trackedLink).toMatch(/\/l\/[A-Za-z0-9]+$/);
    await page.context().close();
  });

  it('a candidate opens the tracked link on a phone and applies with a PDF, without an account', async () => {
    const context = await browser.newContext({
      baseURL: voce.url,
      locale: 'it-IT',
      viewport: { width: 390, height: 844 },
      userAgent: PHONE_UA,
      isMobile: true,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(trackedLink);
    await page.getByRole('heading', { name: TITLE }).waitFor();
    expect(new URL(page.url()).searchParams.get('ref')).toBeTruthy();
    // What a crawler sees is in the HTML itself: Open Graph and the JobPosting JSON-LD.
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(ld).toMatchObject({ '@type': 'JobPosting', title: TITLE, jobLocation: { address: { addressLocality: 'Parma' } } });
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toContain(TITLE);
    await check(page, '03-job-card');
    await page.getByLabel('Nome e cognome').fill('Giorgio Neri');
    await page.getByLabel('E-mail', { exact: true }).fill('giorgio.neri@example.com');
    await page
      .getByLabel('CV (PDF, al massimo 10 MB)')
      .setInputFiles({ name: 'cv-giorgio.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByLabel(/Acconsento al trattamento/).check();
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Invia candidatura' }).click()]);
    // The answer is a page of its own: on a refusal, say what the candidate read.
    const done = page.getByRole('heading', { name: 'Candidatura ricevuta' });
    if (!(await done.isVisible())) throw new Error(`not applied: ${await page.locator('main').textContent()}`);
    await check(page, '04-applied');
    await context.close();
  });

  it('HR see the application credited to the employee, score it, shortlist it and send the outcome', async () => {
    const page = await signedIn('hr@aurora.example');
    await page.goto(`/recruiting/pipeline?job=${job.id}`);
    const card = page.getByRole('article').or(page.locator('.mantine-Card-root')).filter({ hasText: 'Giorgio Neri' }).first();
    await card.getByText('Segnalato/a da Francesca Ricci').waitFor();
    await card.getByText('Condivisione di un collega').waitFor();
    await card.getByRole('button', { name: 'Valuta' }).click();
    await card.getByText('Vedrai i voti dei colleghi dopo aver inviato i tuoi.').waitFor();
    // SegmentedControl radios are visually hidden: pick a score as a person does, by its label.
    await card.locator('label', { hasText: /^4$/ }).first().click();
    await card.getByLabel('Nota').fill('Esperienza solida su linee automatiche.');
    await card.getByRole('button', { name: 'Invia la mia valutazione' }).click();
    await card.getByText(/Punteggio combinato/).waitFor();
    await card.getByRole('switch', { name: 'Shortlist' }).dispatchEvent('click');
    await card.getByText('In shortlist').waitFor();
    await check(page, '05-pipeline');
    await card.getByRole('button', { name: 'Comunica: fase successiva' }).click();
    await card.getByText('Messaggio inviato alla persona.').waitFor();
    const outbox = (await (await page.request.get('/api/recruiting/applications')).json()) as {
      applications: { name: string; source: string }[];
    };
    expect(outbox.applications.find((a) => a.name === 'Giorgio Neri')?.source).toBe('share');
    await page.goto('/recruiting/funnel');
    await page.getByRole('heading', { name: 'Per fonte' }).waitFor();
    await check(page, '06-funnel');
  });
});
