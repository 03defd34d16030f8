import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { a11yProblems, newContext, openBrowser, shotBoth, signInUi, startVoce, type Voce } from './harness';

// Issue 8 end to end on the demo company, in Italian, on a phone: HR open a programme with a quiz and guidelines;
// an employee of Produzione applies; HR screen and accept her; she accepts the guidelines, passes the quiz and shares;
// comms publish a major version 2, her next share is blocked until she accepts it; and the rotation planner gives
// the next seat to a family (Ricerca e Sviluppo) that has no voice yet.
const NAME = 'Ambasciatori Aurora 2027';
const GUIDELINES_V1 =
  "Parla del tuo lavoro con parole tue.\n\n- Mai dati riservati dei clienti.\n- Di' sempre che lavori in Aurora.";
const GUIDELINES_V2 = `${GUIDELINES_V1}\n- Niente foto dei reparti senza il permesso dei colleghi.`;

let voce: Voce;
let browser: Browser;
let programmeId = '';

beforeAll(async () => {
  voce = await startVoce({ seed: true });
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await voce?.stop();
});

async function check(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await shotBoth(page, `ambassadors-${name}`);
  expect(await a11yProblems(page), name).toEqual([]);
}

async function signedIn(email: string): Promise<Page> {
  const page = await (await newContext(browser, { baseURL: voce.url, phone: true })).newPage();
  page.setDefaultTimeout(20_000);
  await signInUi(page, email);
  return page;
}

/** Opens the first post of the feed and tries to share it to LinkedIn (caught at the browser's door). */
async function shareFirstPost(page: Page) {
  await page
    .context()
    .route(/linkedin\.com/, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>LinkedIn</title><p>LinkedIn</p>' }),
    );
  await page.goto('/feed');
  await page
    .getByRole('link', { name: /^Apri e condividi: / })
    .first()
    .click();
  await page.getByLabel('Il tuo testo').fill('Nel mio reparto si lavora così: venite a vedere.');
  await page.getByRole('button', { name: 'Condividi su LinkedIn' }).click();
}

async function publishGuidelines(page: Page, text: string) {
  await page.goto(`/programmes/${programmeId}`);
  await page.getByRole('tab', { name: 'Linee guida' }).click();
  await page.getByLabel('Testo (italiano)').fill(text);
  await page.getByLabel('Testo (inglese)').fill(`EN: ${text}`);
  await page.getByLabel(/^Importante/).check();
  await page.getByRole('button', { name: 'Pubblica' }).click();
  await page.getByText('Fatto: i membri sono stati avvisati.').waitFor();
}

describe('ambassador programme', () => {
  it('HR create a programme with a rubric and a quiz, and publish the guidelines', async () => {
    const page = await signedIn('hr@aurora.example');
    await page.goto('/programmes');
    await page.getByRole('link', { name: 'Nuovo programma' }).click();
    await page.getByRole('textbox', { name: 'Nome' }).fill(NAME);
    await page.getByLabel('Scopo (italiano)').fill('Dare voce a chi fa la pasta, non solo a chi la vende.');
    await page.getByRole('textbox', { name: 'Posti' }).fill('3');
    await page.getByRole('button', { name: 'Aggiungi un criterio' }).click();
    await page.getByLabel('Criterio 1 (italiano)').fill('Motivazione');
    await page.getByLabel('Criterio 1 (inglese)').fill('Motivation');
    await page.getByLabel('Chiedi un quiz per essere pronti').check();
    const q = page.getByRole('group', { name: 'Domanda 1' });
    await q.getByLabel('Domanda (italiano)').fill('Posso condividere dati riservati dei clienti?');
    await q.getByLabel('Domanda (inglese)').fill('May I share confidential customer data?');
    await q.getByLabel('Risposta 1 (italiano)').fill('Mai');
    await q.getByLabel('Risposta 1 (inglese)').fill('Never');
    await q.getByLabel('Giusta').first().check();
    await q.getByLabel('Risposta 2 (italiano)').fill('Se piacciono');
    await q.getByLabel('Risposta 2 (inglese)').fill('If people like them');
    await check(page, '01-editor');
    await page.getByRole('button', { name: 'Crea il programma' }).click();
    await page.waitForURL(/\/programmes\/[0-9a-f-]{36}$/);
    programmeId = page.url().split('/').at(-1) as string;
    await publishGuidelines(page, GUIDELINES_V1);
    await page.getByText('Versione 1.0').waitFor();
    await check(page, '02-guidelines-v1');
    await page.close();
  });

  it('an employee of Produzione applies from her phone', async () => {
    const page = await signedIn('dipendente@aurora.example');
    await page.goto('/ambassadors');
    await page.getByRole('heading', { name: NAME }).waitFor();
    await page.getByRole('link', { name: 'Candidati' }).click();
    await page.getByLabel('Perché vuoi farlo').fill('Vorrei far vedere come lavoriamo in linea 3, con le mie parole.');
    await page.getByLabel('LinkedIn').check();
    await page.getByLabel('Disponibilità').fill("Un'ora a settimana, non nei turni di notte.");
    await check(page, '03-apply');
    await page.getByRole('button', { name: 'Invia la candidatura' }).click();
    await page.getByText('La tua candidatura è in valutazione').waitFor();
    await check(page, '04-applied');
    await page.close();
  });

  it('HR screen her with the checks and the rubric, and accept her', async () => {
    const page = await signedIn('hr@aurora.example');
    await page.goto(`/programmes/${programmeId}`);
    const card = page.getByRole('article', { name: 'Francesca Ricci' });
    await card.getByText('Ha i requisiti').waitFor();
    await card.getByText('4', { exact: true }).click();
    await card.getByLabel('Motivo').fill('Motivazione chiara e una voce che oggi manca: benvenuta!');
    await check(page, '05-screening');
    await card.getByRole('button', { name: 'Accogli', exact: true }).click();
    await card.waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: 'Membri' }).click();
    await page.getByRole('article', { name: 'Francesca Ricci' }).waitFor();
    await page.close();
  });

  it('the member accepts the guidelines, passes the quiz and shares', async () => {
    const page = await signedIn('dipendente@aurora.example');
    await page.goto('/ambassadors');
    await page.getByText(/Per essere pronto: [0-2] di 3 passi fatti/).waitFor();
    await check(page, '06-member');
    await page.getByRole('link', { name: 'Accetta le linee guida in vigore' }).click();
    await page.getByText('Mai dati riservati dei clienti.').waitFor();
    await page.getByRole('button', { name: 'Ho letto e accetto la versione 1.0' }).click();
    await page.getByText('Accettate', { exact: true }).waitFor();
    await page.goto(`/ambassadors/${programmeId}/quiz`);
    await page.getByLabel('Mai', { exact: true }).check();
    await page.getByRole('button', { name: 'Invia le risposte' }).click();
    await page.getByText('Quiz superato').waitFor();
    await check(page, '07-quiz');
    await shareFirstPost(page);
    await page.getByText('Ultimo passo: pubblicalo su LinkedIn').waitFor();
    await page.close();
  });

  it('comms publish a major version 2: her next share is blocked until she accepts it', async () => {
    const hr = await signedIn('hr@aurora.example');
    await publishGuidelines(hr, GUIDELINES_V2);
    await hr.getByText('Versione 2.0').waitFor();
    await hr.close();

    const page = await signedIn('dipendente@aurora.example');
    await page.goto('/feed');
    await page.getByText(`«${NAME}»: nuove linee guida da accettare`).waitFor();
    await check(page, '08-feed-blocked');
    await shareFirstPost(page);
    await page.getByText(/Non puoi condividere tramite Voce: prima accetta le nuove linee guida/).waitFor();
    await check(page, '09-share-blocked');
    // The message names the way out: its link opens the new version, waiting to be accepted.
    await page.getByRole('link', { name: 'Vai alla pagina' }).click();
    await page.waitForURL(new RegExp(`/ambassadors/${programmeId}/guidelines$`));
    await page.getByText('Niente foto dei reparti').waitFor();
    await page.getByRole('button', { name: 'Ho letto e accetto la versione 2.0' }).click();
    await page.getByText('Accettate', { exact: true }).waitFor();
    await shareFirstPost(page);
    await page.getByText('Ultimo passo: pubblicalo su LinkedIn').waitFor();
    await page.close();
  });

  it('the rotation planner gives the next seat to a family with no voice', async () => {
    const sarah = await signedIn('employee.en@aurora.example');
    const res = await sarah.request.post(`/api/programmes/${programmeId}/apply`, {
      data: { motivation: 'I would like to show what our lab does.', networks: ['linkedin'], availability: 'Fridays' },
    });
    expect(res.status()).toBe(200);
    await sarah.close();

    const page = await signedIn('hr@aurora.example');
    await page.goto(`/programmes/${programmeId}`);
    await page.getByRole('tab', { name: 'Rotazione' }).click();
    await page.getByRole('button', { name: 'Proponi la prossima coorte' }).click();
    await page.getByText('Prima voce per la famiglia Ricerca e Sviluppo').waitFor();
    const families = page.getByRole('table', { name: 'Famiglia professionale' });
    const row = families.getByRole('row', { name: /Ricerca e Sviluppo/ });
    expect(await row.textContent()).toMatch(/^Ricerca e Sviluppoprima voce\d+01$/);
    await check(page, '10-rotation');
    await page.getByRole('tab', { name: 'Cruscotto' }).click();
    await page.getByText('Membri attivi').waitFor();
    await check(page, '11-dashboard');
    await page.close();
  });

  it('two reviewers deciding at once: one decision stands, the other sees a clear conflict', async () => {
    const [a, b] = [await signedIn('hr@aurora.example'), await signedIn('comunicazione@aurora.example')];
    for (const page of [a, b]) {
      await page.goto(`/programmes/${programmeId}`);
      await page.getByRole('article', { name: 'Sarah Mitchell' }).getByLabel('Motivo').fill('Deciso in riunione');
    }
    await a.getByRole('article', { name: 'Sarah Mitchell' }).getByRole('button', { name: "Lista d'attesa" }).click();
    await a.getByRole('article', { name: 'Sarah Mitchell' }).waitFor({ state: 'detached' });
    await b.getByRole('article', { name: 'Sarah Mitchell' }).getByRole('button', { name: 'Non accogliere' }).click();
    await b.getByText("Un'altra persona ha già deciso su questa candidatura").waitFor();
    await check(b, '12-conflict');
    await b.getByRole('button', { name: 'Mostra la decisione presa' }).click();
    await b.getByRole('article', { name: 'Sarah Mitchell' }).waitFor({ state: 'detached' });
    await a.close();
    await b.close();
  });
});
