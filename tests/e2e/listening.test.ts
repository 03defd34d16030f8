import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { a11yProblems, newContext, openBrowser, shotBoth, signInUi, startVoce, type Voce } from './harness';

// Issue 10 end to end on the demo company, in Italian, on a phone: an employee answers the anonymous monthly pulse
// (told it is anonymous before starting) and drops an anonymous suggestion; HR read the pulse's results (groups only,
// nobody named) and answer the suggestion; the employee reads the answer on another device with the recovery code;
// she acknowledges the must-read policy and its author sees the acknowledgement counted.
const EMPLOYEE = 'dipendente@aurora.example';
const EMPLOYEE_NAME = 'Francesca Ricci';
const PULSE = 'Pulse mensile: come stai in Aurora?';
const POLICY = 'Nuova policy sui social: da leggere e confermare';
const IDEA = 'Tettoia per le bici al magazzino';
const NEW_SURVEY = 'Mensa: il nuovo menù';
const ACTION_SAID = 'Volete più notizie dai reparti.';
const REPLY = 'Grazie! Ne parliamo con la facility la prossima settimana e ti aggiorniamo qui.';

let voce: Voce;
let browser: Browser;
let recoveryCode = '';

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
  await shotBoth(page, `listening-${name}`);
  expect(await a11yProblems(page), name).toEqual([]);
}

async function phone(email?: string): Promise<Page> {
  const page = await (await newContext(browser, { baseURL: voce.url, phone: true })).newPage();
  page.setDefaultTimeout(20_000);
  if (email) await signInUi(page, email);
  return page;
}

type Stats = { acknowledged: number; reach: number };

describe('two-way internal communication', () => {
  it('an employee answers the anonymous pulse from her feed and sends an anonymous suggestion', async () => {
    const page = await phone(EMPLOYEE);
    await page.goto('/feed');
    const section = page.getByRole('region', { name: 'La tua opinione conta' });
    await section.getByText(PULSE).waitFor();
    await check(page, '01-feed');
    await section.getByRole('link', { name: 'Rispondi' }).click();
    // Anonymity is declared before the first question is shown.
    await page.getByText('Questo sondaggio è anonimo').waitFor();
    expect(await page.getByText('Quanto consiglieresti Aurora').count()).toBe(0);
    await check(page, '02-survey-intro');
    await page.getByRole('button', { name: /^Inizia/ }).click();
    await page
      .getByRole('group', { name: /Quanto consiglieresti Aurora/ })
      .getByText('9', { exact: true })
      .click();
    await page
      .getByRole('group', { name: /Mi sento informato/ })
      .getByText('4', { exact: true })
      .click();
    await page.getByRole('textbox', { name: /Una cosa che potremmo fare meglio/ }).fill('Più notizie dai reparti.');
    await check(page, '03-survey-questions');
    await page.getByRole('button', { name: 'Invia le risposte' }).click();
    await page.getByText('Grazie! Le tue risposte sono state registrate.').waitFor();
    await page.goto('/feed');
    await page.getByRole('region', { name: /Dall.azienda/ }).waitFor();
    expect(await page.getByRole('region', { name: 'La tua opinione conta' }).count()).toBe(0);

    await page.goto('/suggestions');
    await page.getByRole('button', { name: 'Nuovo suggerimento' }).click();
    await page.getByRole('textbox', { name: 'Titolo' }).fill(IDEA);
    await page.getByLabel('Il tuo suggerimento').fill('Una tettoia per le bici vicino all’ingresso del magazzino.');
    expect(await page.getByRole('switch', { name: 'Invia in forma anonima' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Invia', exact: true }).click();
    await page.getByText('Suggerimento inviato in forma anonima').waitFor();
    recoveryCode = ((await page.getByLabel('Codice di recupero', { exact: true }).textContent()) ?? '').trim();
    expect(recoveryCode).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await check(page, '04-recovery-code');
    await page.getByRole('button', { name: "L'ho salvato" }).click();
    await page.getByRole('region', { name: 'I miei suggerimenti' }).getByText(IDEA, { exact: true }).waitFor();
    await page.close();
  });

  it('HR write a survey with a choice question and publish it', async () => {
    const page = await phone('hr@aurora.example');
    await page.goto('/surveys/manage');
    await page.getByRole('link', { name: 'Nuovo sondaggio' }).click();
    await page.getByLabel('Titolo (italiano)').fill(NEW_SURVEY);
    await page.getByLabel('Titolo (inglese)').fill('Canteen: the new menu');
    const q1 = page.getByRole('group', { name: 'Domanda 1' });
    await q1.getByLabel('Testo (italiano)').fill('Il nuovo menù ti piace?');
    await q1.getByLabel('Testo (inglese)').fill('Do you like the new menu?');
    await page.getByRole('button', { name: 'Aggiungi una domanda' }).click();
    const q2 = page.getByRole('group', { name: 'Domanda 2' });
    await q2.getByRole('combobox', { name: 'Tipo di domanda' }).click();
    await page.getByRole('option', { name: 'Scelta singola' }).click();
    await q2.getByLabel('Testo (italiano)').fill('Quale piatto vorresti più spesso?');
    await q2.getByLabel('Testo (inglese)').fill('Which dish would you like more often?');
    for (const [n, it, en] of [
      [1, 'Pasta al pesto', 'Pasta with pesto'],
      [2, 'Insalate', 'Salads'],
    ] as const) {
      await q2.getByRole('button', { name: "Aggiungi un'opzione" }).click();
      await q2.getByLabel(`Opzione ${n} (italiano)`).fill(it);
      await q2.getByLabel(`Opzione ${n} (inglese)`).fill(en);
    }
    await check(page, '05a-survey-editor');
    await page.getByRole('button', { name: 'Salva come bozza' }).click();
    await page.waitForURL(/\/surveys\/manage$/);
    // The draft is edited before it opens: aimed at one department, with a reminder after three days.
    await page.getByRole('link', { name: `Modifica «${NEW_SURVEY}»` }).click();
    await page.getByRole('radio', { name: /Solo alcuni reparti/ }).check();
    const departments = page.getByRole('combobox', { name: 'Reparti' });
    await departments.click();
    await page.getByRole('option').first().click();
    await departments.press('Escape');
    await page.getByRole('textbox', { name: /Giorni dopo l.apertura del turno/ }).fill('3');
    await check(page, '05b-survey-edit-targeting');
    await page.getByRole('button', { name: 'Salva come bozza' }).click();
    await page.waitForURL(/\/surveys\/manage$/);
    const card = page.locator('.mantine-Card-root', { hasText: NEW_SURVEY });
    await card.getByRole('button', { name: 'Pubblica' }).click();
    await card.getByText('In corso', { exact: true }).waitFor();
    await page.close();
  });

  it('HR read the pulse results by group, never by person, and answer the suggestion', async () => {
    const page = await phone('hr@aurora.example');
    await page.goto('/surveys/manage');
    await page.getByText(PULSE).waitFor();
    await page.getByRole('link', { name: `Risultati di «${PULSE}»` }).click();
    await page.getByText(/i risultati si vedono solo per gruppi di almeno 5 persone/).waitFor();
    await page.getByText(/persone hanno risposto/).waitFor();
    await page.getByRole('combobox', { name: 'Suddividi per' }).click();
    await page.getByRole('option', { name: 'Reparto' }).click();
    await page.getByRole('columnheader', { name: 'Reparto' }).waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toContain(EMPLOYEE_NAME);
    await check(page, '05-results');
    // From the results, HR put an action on the public "you said, we did" board.
    await page.getByLabel('Cosa ci avete detto').fill(ACTION_SAID);
    await page.getByLabel('Cosa faremo').fill('Ogni lunedì una notizia da un reparto diverso.');
    await page.getByRole('button', { name: 'Pubblica nella bacheca' }).click();
    await page.getByRole('status').getByText('Azione pubblicata.').waitFor();
    // The round she answered is still open: an anonymous round shows nothing before it closes.
    await page.getByRole('combobox', { name: 'Turno' }).click();
    await page.getByRole('option', { name: /in corso/ }).click();
    await page.getByText('Il turno è ancora aperto').waitFor();

    await page.goto('/suggestions/manage');
    await page.getByText(IDEA, { exact: true }).waitFor();
    const card = page.locator('.mantine-Card-root', { hasText: IDEA });
    expect(await card.textContent()).toContain('Anonimo');
    await card.getByRole('link', { name: 'Apri la conversazione' }).click();
    await page.getByRole('heading', { name: IDEA }).waitFor();
    await page.getByLabel("Rispondi all'autore").fill(REPLY);
    await page.getByRole('button', { name: 'Invia la risposta' }).click();
    await page.getByText(REPLY).waitFor();
    await page.getByRole('combobox', { name: 'Nuovo stato' }).click();
    await page.getByRole('option', { name: 'In valutazione' }).click();
    await page.getByRole('button', { name: 'Aggiorna lo stato' }).click();
    await page.locator('.mantine-Badge-root', { hasText: 'In valutazione' }).waitFor();
    await check(page, '06-hr-reply');
    await page.close();
  });

  it("a manager opens their team's pulse results: the team as a whole, or not enough answers", async () => {
    const page = await phone('manager@aurora.example');
    await page.goto('/surveys/team');
    await page.getByRole('link', { name: new RegExp(PULSE.slice(0, 20)) }).click();
    await page.getByRole('heading', { name: /il mio team/ }).waitFor();
    await page
      .getByText(/persone hanno risposto|Una persona ha risposto|Risposte del tuo team insufficienti/)
      .first()
      .waitFor();
    expect((await page.locator('main').textContent()) ?? '').not.toContain(EMPLOYEE_NAME);
    expect(await page.getByRole('combobox', { name: 'Suddividi per' }).count()).toBe(0);
    await check(page, '05c-team-results');
    await page.close();
  });

  it('the author reads the answer, on a new device, with her recovery code', async () => {
    const page = await phone(EMPLOYEE);
    await page.goto('/suggestions');
    await page.getByLabel('Hai un codice di recupero?').fill(recoveryCode);
    await page.getByRole('button', { name: 'Apri', exact: true }).click();
    await page.getByRole('heading', { name: IDEA }).waitFor();
    await page.getByText(REPLY).waitFor();
    await check(page, '07-author-reads-reply');
    await page.goto('/actions');
    await page.getByText(ACTION_SAID).waitFor();
    await check(page, '07a-board');
    await page.close();
  });

  it('an employee acknowledges the must-read and its author sees it counted', async () => {
    const author = await phone('comunicazione@aurora.example');
    const statsOf = async () => {
      const list = (await (await author.request.get('/api/news/posts')).json()) as { items: { id: string; titleIt: string }[] };
      const id = list.items.find((p) => p.titleIt === POLICY)?.id as string;
      return { id, stats: (await (await author.request.get(`/api/news/posts/${id}/stats`)).json()) as Stats };
    };
    const before = await statsOf();
    const ackRate = async () =>
      ((await (await author.request.get('/api/engagement')).json()) as { kpis: { mustReadAckRate: number } }).kpis
        .mustReadAckRate;
    const rateBefore = await ackRate();

    const page = await phone(EMPLOYEE);
    await page.goto('/feed');
    const news = page.getByRole('region', { name: /Dall.azienda/ });
    await news.getByText(POLICY).waitFor();
    await news.getByRole('link', { name: 'Leggi e conferma' }).click();
    await page.getByRole('heading', { name: POLICY }).waitFor();
    await page.getByRole('button', { name: 'Ho letto e compreso' }).click();
    await page.getByText('Hai confermato di aver letto e compreso. Grazie!').waitFor();
    await check(page, '08-acknowledged');
    await page.close();

    const after = await statsOf();
    expect(after.stats.acknowledged).toBe(before.stats.acknowledged + 1);
    await author.goto(`/news/manage/${before.id}/stats`);
    await author.getByRole('heading', { name: 'Letture e conferme' }).waitFor();
    await author.getByRole('columnheader', { name: 'Confermata' }).first().waitFor();
    await check(author, '09-author-stats');
    // The listening dashboard moves with her acknowledgement.
    expect(await ackRate()).toBeGreaterThan(rateBefore);
    await author.goto('/engagement');
    await author.getByRole('heading', { name: "Cruscotto dell'ascolto" }).waitFor();
    await author.getByText('Da leggere confermate').first().waitFor();
    await check(author, '09a-dashboard');
    await author.close();
  });
});

describe('ask leadership and onboarding', () => {
  const QUESTION = 'Apriremo un secondo turno a Piacenza nel 2026?';

  it('an employee asks leadership anonymously; HR approve the question; HR follow the new hires’ journeys', async () => {
    const page = await phone(EMPLOYEE);
    await page.goto('/qa');
    await page.getByRole('link', { name: /Chiedi alla direzione: il piano 2026/ }).click();
    await page.getByLabel('La tua domanda').fill(QUESTION);
    await page.getByRole('switch', { name: 'Chiedi in forma anonima' }).check();
    await page.getByRole('button', { name: 'Invia la domanda' }).click();
    // An anonymous question is not shown back to its author before approval: nothing on the server says it is hers.
    await page
      .getByRole('status')
      .getByText(/Domanda inviata/)
      .waitFor();
    await check(page, '10-qa-asked');
    const url = page.url();
    await page.close();

    const hr = await phone('hr@aurora.example');
    await hr.goto(new URL(url).pathname);
    const card = hr.locator('.mantine-Card-root', { hasText: QUESTION });
    await expect.poll(() => card.textContent()).toMatch(/^Anonimo · .* · in attesa di approvazione/);
    expect(await card.textContent()).not.toContain(EMPLOYEE_NAME);
    await card.getByRole('button', { name: 'Approva' }).click();
    await card.getByRole('button', { name: /Anch'io vorrei saperlo/ }).waitFor();
    // HR open a new session, choosing the leader who answers by searching the directory.
    await hr.goto('/qa');
    await hr.getByRole('button', { name: 'Nuova sessione di domande' }).click();
    await hr.getByRole('textbox', { name: 'Titolo' }).fill('Il nuovo magazzino di Piacenza');
    const leaders = hr.getByRole('combobox', { name: 'Chi risponde' });
    await leaders.fill('Ricci');
    await hr.getByRole('option').first().click();
    await leaders.press('Escape');
    await check(hr, '10b-qa-new-session');
    await hr.getByRole('button', { name: 'Apri la sessione' }).click();
    await hr.waitForURL(/\/qa\/[0-9a-f-]{36}$/);
    await hr.getByText('Il nuovo magazzino di Piacenza').first().waitFor();
    await hr.goto('/onboarding');
    await hr.getByRole('heading', { name: 'Percorsi di inserimento' }).waitFor();
    await hr
      .getByText(/passi su \d+ completati/)
      .first()
      .waitFor();
    await check(hr, '11-onboarding-journeys');
    await hr.close();
  });
});
