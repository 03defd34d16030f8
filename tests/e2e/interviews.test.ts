import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastMailTo, type SmtpPeer, startSmtpPeer } from '../../src/server/testing/smtp-peer';
import { checkpoint, eventually, openBrowser, PHONE_390, signedInPage, startVoce, type Voce } from './harness';

// Issue 12 §6–7 end to end on the demo company, in Italian, with Chromium's fake microphone and camera: HR send the
// interview of a job whose first question the hiring manager recorded; the candidate opens the e-mailed link on a
// 390 px phone, records two answers (the first retaken, the second after the connection drops mid-upload) and sends
// them; two reviewers play the answer and score; the candidate is shortlisted and receives the outcome.
const JOB = 'Operatore/trice di linea – pastificazione';
const CANDIDATE = 'Davide Colombo';
const EMAIL = 'davide.colombo@example.com';
const PHONE_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

let voce: Voce;
let smtp: SmtpPeer;
let browser: Browser;
let jobId = '';

beforeAll(async () => {
  smtp = await startSmtpPeer();
  voce = await startVoce({ seed: true, env: { SMTP_URL: smtp.url } });
  browser = await openBrowser({ fakeMedia: true });
});
afterAll(async () => {
  await browser?.close();
  await voce?.stop();
  await smtp?.close();
});

const check = (page: Page, name: string) => checkpoint(page, `interviews-${name}`);
const signedIn = (email: string, phone = false) => signedInPage(browser, voce.url, email, phone);

async function mailTo(to: string, match: RegExp): Promise<string> {
  return eventually(`a mail matching ${match} to ${to}`, async () => {
    const text = lastMailTo(smtp, to);
    return match.test(text) ? text : null;
  });
}

const card = (page: Page) => page.locator('.mantine-Card-root').filter({ hasText: CANDIDATE }).first();

describe('an asynchronous interview with voices on both sides', () => {
  it('HR see the recorded question set and send the interview with a deadline', async () => {
    const page = await signedIn('hr@aurora.example');
    const jobs = (await (await page.request.get('/api/recruiting/jobs')).json()) as { jobs: { id: string; titleIt: string }[] };
    jobId = jobs.jobs.find((j) => j.titleIt === JOB)?.id ?? '';
    await page.goto(`/recruiting/jobs/${jobId}/interview`);
    await page.getByRole('heading', { name: 'Domande del colloquio' }).waitFor();
    await page.getByText('La domanda registrata').first().waitFor();
    await check(page, '01-questions');
    await page.goto(`/recruiting/pipeline?job=${jobId}`);
    await card(page).getByRole('button', { name: 'Colloquio' }).click();
    await card(page).getByRole('button', { name: 'Invia il colloquio' }).click();
    await card(page)
      .getByText(/In attesa delle risposte/)
      .waitFor();
    await check(page, '02-sent');
    await page.context().close();
  });

  it('the candidate records two answers on a phone (one retaken, one resumed after a dropped connection) and sends them', async () => {
    const text = await mailTo(EMAIL, /to=interview/);
    const link = /https?:\/\/\S+\?to=interview/.exec(text)?.[0] as string;
    const context = await browser.newContext({
      baseURL: voce.url,
      locale: 'it-IT',
      viewport: PHONE_390,
      userAgent: PHONE_UA,
      isMobile: true,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await page.goto(link);
    await page.getByRole('heading', { name: `Colloquio: ${JOB}` }).waitFor();
    await page.getByText('Prima di iniziare').waitFor();
    await check(page, '03-before');
    const q1 = page.getByRole('region', { name: 'Domanda 1' });
    const q2 = page.getByRole('region', { name: 'Domanda 2' });
    await q1.getByLabel('Ascolta la domanda del responsabile').waitFor();

    // Question 1: think time offered (started early), a take, then a retake; the second is the one sent.
    for (const n of [1, 2]) {
      await q1.getByRole('button', { name: 'Registra la risposta' }).click();
      await q1.getByRole('button', { name: 'Inizia ora' }).click();
      await q1.getByRole('button', { name: 'Ferma' }).waitFor();
      await page.waitForTimeout(2500);
      await q1.getByRole('button', { name: 'Ferma' }).click();
      await q1.getByRole('radio', { name: `Tentativo ${n}` }).waitFor();
    }
    await q1.getByRole('radio', { name: 'Tentativo 2' }).check();
    expect(await q1.getByRole('radio', { name: 'Tentativo 1' }).isChecked()).toBe(false);
    await q1.getByText('Risposta scelta').waitFor();

    // Question 2: the connection drops on the first chunk after the server got it; the page asks where to resume.
    let dropped = 0;
    let asked = 0;
    await page.route(/\/status\/interview\/uploads\/[0-9a-f-]+(\?.*)?$/, async (route) => {
      const method = route.request().method();
      if (method === 'GET') asked++;
      if (method === 'PUT' && dropped === 0) {
        dropped++;
        await route.fetch();
        return route.abort('connectionreset');
      }
      return route.continue();
    });
    await q2.getByRole('button', { name: 'Registra la risposta' }).click();
    await q2.getByRole('button', { name: 'Inizia ora' }).click();
    await q2.getByRole('button', { name: 'Ferma' }).waitFor();
    await page.waitForTimeout(3000);
    await q2.getByRole('button', { name: 'Ferma' }).click();
    await q2.getByRole('radio', { name: 'Tentativo 1' }).check();
    await q2.getByText('Risposta scelta').waitFor();
    expect(dropped).toBe(1);
    expect(asked).toBeGreaterThan(0);
    await page.unroute(/\/status\/interview\/uploads\//);
    await check(page, '04-answered');
    await page.getByRole('button', { name: 'Invia le risposte' }).click();
    await page.getByText('Risposte inviate, grazie!').waitFor();
    await check(page, '05-sent');
    await context.close();
  });

  it('two reviewers play the answers and score; the candidate is shortlisted and receives the outcome', async () => {
    for (const who of ['admin@aurora.example', 'hr@aurora.example']) {
      const page = await signedIn(who);
      await page.goto(`/recruiting/pipeline?job=${jobId}`);
      const c = card(page);
      await c.getByRole('button', { name: 'Colloquio' }).click();
      await c.getByRole('button', { name: 'Ascolta la risposta 1' }).click();
      await c.getByLabel('Risposta alla domanda 1').waitFor();
      await c.getByRole('button', { name: 'Valuta' }).click();
      await c.locator('label', { hasText: /^4$/ }).first().click();
      await c.getByRole('button', { name: 'Invia la mia valutazione' }).click();
      await c.getByText(/Punteggio combinato/).waitFor();
      if (who === 'hr@aurora.example') {
        await check(page, '06-review');
        await c.getByRole('switch', { name: 'Shortlist' }).dispatchEvent('click');
        await c.getByText('In shortlist').waitFor();
        await c.getByRole('button', { name: 'Comunica: fase successiva' }).click();
        await c.getByText('Messaggio inviato alla persona.').waitFor();
        await page.goto(`/recruiting/jobs/${jobId}/shortlist`);
        const row = page.getByRole('row').filter({ hasText: CANDIDATE });
        await row.getByText('Colloquio inviato').waitFor();
        expect(await row.getByRole('cell').last().textContent()).toBe('2');
        await check(page, '07-shortlist');
      }
      await page.context().close();
    }
    expect(await mailTo(EMAIL, /passa alla fase successiva/)).toContain(JOB);
  });
});
