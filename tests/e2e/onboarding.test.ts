import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkpoint, openBrowser, signedInPage, startVoce, type Voce } from './harness';

// Issue 10, the listening gaps: HR build a journey template in the editor and a new hire imported with a hire date
// gets it; a leader records a voice message in the browser (Chromium's fake microphone), plays it back, records again
// and attaches it to an internal post, which then plays it on the page.
const HR = 'hr@aurora.example';
const EDITOR = 'comunicazione@aurora.example';
const ADMIN = 'admin@aurora.example';
const POLICY = 'Nuova policy sui social: da leggere e confermare';
const TEMPLATE = 'Benvenuto in Logistica';
const HIRE = 'Elena Magazzini';
const POST = 'Un messaggio dalla direzione';

let voce: Voce;
let browser: Browser;

beforeAll(async () => {
  voce = await startVoce({ seed: true });
  browser = await openBrowser({ fakeMedia: true });
});
afterAll(async () => {
  await browser?.close();
  await voce?.stop();
});

async function pick(page: Page, combobox: string, option: string, scope = page.locator('body')) {
  await scope.getByRole('combobox', { name: combobox }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe('onboarding templates and recorded messages', () => {
  it('HR create a journey template in the editor, and a new hire imported with a hire date gets it', async () => {
    const hr = await signedInPage(browser, voce.url, HR);
    await hr.goto('/onboarding');
    await hr.getByRole('link', { name: 'Modelli di percorso' }).click();
    await hr.getByRole('heading', { name: 'Modelli di percorso' }).waitFor();
    await hr.getByText('Benvenuto in Aurora').waitFor();
    await checkpoint(hr, 'onboarding-01-templates');
    await hr.getByRole('link', { name: 'Nuovo modello' }).click();
    await hr.getByRole('textbox', { name: 'Nome (italiano)' }).fill(TEMPLATE);
    await hr.getByRole('textbox', { name: 'Nome (inglese)' }).fill('Welcome to Logistics');
    await pick(hr, 'Reparti', 'Logistica');
    await hr.keyboard.press('Escape');
    const first = hr.getByRole('group', { name: 'Passo 1' });
    await first.getByRole('textbox', { name: 'Giorno' }).fill('-2');
    await first.getByRole('textbox', { name: 'Titolo (italiano)' }).fill('Ritira il badge in portineria');
    await first.getByRole('textbox', { name: 'Titolo (inglese)' }).fill('Collect your badge at the gate');
    await hr.getByRole('button', { name: 'Aggiungi un passo' }).click();
    const second = hr.getByRole('group', { name: 'Passo 2' });
    await pick(hr, 'Cosa fare', 'Confermare una policy', second);
    await second.getByRole('textbox', { name: 'Giorno' }).fill('3');
    await second.getByRole('textbox', { name: 'Titolo (italiano)' }).fill('Conferma la policy sui social');
    await pick(hr, 'Policy da confermare (comunicazione da leggere obbligatoriamente)', POLICY, second);
    // Saving without a title in either language is refused with the step's number; then fixed.
    await hr.getByRole('button', { name: 'Aggiungi un passo' }).click();
    await hr.getByRole('button', { name: 'Salva il modello' }).click();
    await hr.getByText('Scrivi il titolo del passo 3 almeno in una lingua.').waitFor();
    await checkpoint(hr, 'onboarding-02-editor');
    await hr.getByRole('button', { name: 'Togli il passo 3' }).click();
    // The policy comes first: move it up.
    await hr.getByRole('button', { name: 'Sposta su il passo 2' }).click();
    expect(
      await hr.getByRole('group', { name: 'Passo 1' }).getByRole('textbox', { name: 'Titolo (italiano)' }).inputValue(),
    ).toBe('Conferma la policy sui social');
    await hr.getByRole('button', { name: 'Salva il modello' }).click();
    await hr.getByRole('heading', { name: 'Modelli di percorso' }).waitFor();
    await hr.getByText(`Logistica · 2 passi`).waitFor();

    // The new hire arrives in the CSV import with her first day next week.
    const admin = await signedInPage(browser, voce.url, ADMIN);
    await admin.goto('/people/import');
    await admin.getByLabel('File CSV').click();
    const csv = [
      'nome;email;reparto;sede;lingua;data_assunzione',
      `${HIRE};elena.magazzini@aurora.example;Logistica;Piacenza;it;${inDays(5)}`,
    ];
    await admin
      .locator('input[type=file]')
      .setInputFiles({ name: 'nuovi.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.join('\n')) });
    await admin.getByRole('button', { name: 'Verifica il file' }).click();
    await admin.getByRole('button', { name: /^Importa 1 riga/ }).click();
    await admin.getByText('Importazione completata').waitFor();

    await hr.goto('/onboarding');
    const row = hr.getByText(HIRE, { exact: true });
    await row.waitFor();
    await hr.getByText('0 passi su 2 completati').first().waitFor();
    await checkpoint(hr, 'onboarding-03-journeys');
    await hr.goto('/onboarding/templates');
    await hr.getByText('una persona lo segue').waitFor();
  });

  it('a leader records a voice message, listens, records again and attaches it to an internal post', async () => {
    const page = await signedInPage(browser, voce.url, EDITOR, true);
    await page.goto('/news/manage/new');
    await page.getByRole('textbox', { name: 'Titolo (italiano)' }).fill(POST);
    await page.getByRole('textbox', { name: 'Testo (italiano)' }).fill('Ascoltate il messaggio qui sotto.');
    await page.getByRole('button', { name: 'Registra un messaggio vocale' }).last().click();
    await page.getByText(/Registrazione in corso: 0:0[1-9]/).waitFor();
    await page.getByRole('button', { name: 'Ferma' }).click();
    await page.getByText(/Registrazione di 0:0\d/).waitFor();
    await checkpoint(page, 'onboarding-04-recorded');
    await page.getByRole('button', { name: 'Registra di nuovo' }).click();
    await page.getByRole('button', { name: 'Registra un messaggio vocale' }).last().click();
    await page.getByText(/Registrazione in corso: 0:0[1-9]/).waitFor();
    await page.getByRole('button', { name: 'Ferma' }).click();
    await page.getByRole('button', { name: 'Usa questa registrazione' }).click();
    await page.getByText('Video o messaggio audio allegato').waitFor();
    await checkpoint(page, 'onboarding-05-attached');
    await page.getByRole('button', { name: 'Salva come bozza' }).click();
    await page.waitForURL(/\/news\/manage$/);
    const card = page.locator('.mantine-Card-root', { hasText: POST });
    await card.getByRole('button', { name: 'Pubblica' }).click();
    await card.getByText('Pubblicata').waitFor();

    const reader = await signedInPage(browser, voce.url, 'dipendente@aurora.example', true);
    await reader.goto('/news');
    await reader.getByRole('link', { name: POST }).click();
    const player = reader.getByLabel(`Messaggio video o audio: ${POST}`);
    await player.waitFor();
    expect(await player.getAttribute('src')).toMatch(/^\/api\/news\/media\/[0-9a-f-]{36}\.webm$/);
    // The recording is a real one: the browser reads a duration from it.
    await expect.poll(() => player.evaluate((el) => (el as HTMLMediaElement).duration), { timeout: 10_000 }).toBeGreaterThan(0);
    await checkpoint(reader, 'onboarding-06-played');
  });
  it('a leader answers a question of an Ask leadership session with a video recorded in the browser', async () => {
    const hr = await signedInPage(browser, voce.url, HR, true);
    await hr.goto('/qa');
    await hr.getByRole('button', { name: 'Nuova sessione di domande' }).click();
    await hr.getByRole('textbox', { name: 'Titolo' }).fill('Domande sul nuovo magazzino');
    const leaders = hr.getByRole('combobox', { name: 'Chi risponde' });
    await leaders.fill('Chiara');
    await hr.getByRole('option', { name: /^Chiara Romano/ }).click();
    await hr.keyboard.press('Escape');
    await hr.getByRole('button', { name: 'Apri la sessione' }).click();
    await hr.getByRole('textbox', { name: 'La tua domanda' }).fill('Quando apre il nuovo magazzino di Piacenza?');
    await hr.getByRole('button', { name: 'Invia la domanda' }).click();
    await hr.getByRole('button', { name: 'Approva' }).click();
    await hr.getByText('Rispondi a voce o in video').waitFor();
    await hr.locator('label', { hasText: /^Video$/ }).click();
    await checkpoint(hr, 'onboarding-07-qa-answer');
    await hr.getByRole('button', { name: 'Registra un video' }).click();
    await hr.getByLabel('Videocamera in diretta').waitFor();
    await hr.getByText(/Registrazione in corso: 0:0[1-9]/).waitFor();
    await hr.getByRole('button', { name: 'Ferma' }).click();
    await hr.getByLabel('Anteprima della registrazione').waitFor();
    await hr.getByRole('button', { name: 'Usa questa registrazione' }).click();
    await hr.getByText('Messaggio audio o video allegato').waitFor();
    await hr.getByRole('button', { name: 'Pubblica la risposta' }).click();
    const sessionUrl = hr.url();

    const reader = await signedInPage(browser, voce.url, 'dipendente@aurora.example', true);
    await reader.goto(sessionUrl);
    const player = reader.getByLabel('Risposta registrata di Chiara Romano');
    await player.waitFor();
    // A video answer keeps its picture (the fake camera's test pattern): it is not shrunk to an audio bar.
    await expect
      .poll(() => player.evaluate((el) => (el as HTMLVideoElement).videoWidth ?? 0), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await checkpoint(reader, 'onboarding-08-qa-answered');
  });
});
