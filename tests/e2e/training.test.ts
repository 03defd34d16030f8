import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { qrOfPdf } from '../support/pdf-qr';
import { checkpoint, openBrowser, signedInPage, startVoce, type Voce } from './harness';

// Issue 11 end to end on the demo company, in Italian: L&D offer a training with two value propositions and print
// its poster (the QR code, read back from the PDF, leads through the tracked link); the Marketing director endorses
// it; a colleague of her area sees her note and his population's proposition on a phone and enrols; the trainer
// checks him in; he says how useful it was; the dashboard counts the hours and the spend.
const TITLE = 'Parlare in pubblico senza ansia';
const PHONE_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const NOTE = 'Marco, è perfetto prima della fiera di maggio: ti copro io le riunioni di quel giorno.';

let voce: Voce;
let browser: Browser;
let trainingId = '';

beforeAll(async () => {
  voce = await startVoce({ seed: true });
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await voce?.stop();
});

const check = (page: Page, name: string) => checkpoint(page, `training-${name}`);
const signedIn = (email: string, phone = false) => signedInPage(browser, voce.url, email, phone);

type Totals = { hours: { total: number }; spend: { total: number } };
const measures = async (page: Page) => (await (await page.request.get('/api/training/measures')).json()) as Totals;

/** A day a few days ahead, as a datetime-local value (the browser's own time zone). */
function localIn(days: number, hour: number) {
  const d = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(hour)}:00`;
}

describe('training marketed inside the company', () => {
  let before: Totals;

  it('L&D create a training with two value propositions, schedule it, publish it and print the poster', async () => {
    const page = await signedIn('hr@aurora.example');
    before = await measures(page);
    await page.goto('/training/manage');
    await page.getByRole('link', { name: 'Nuova formazione' }).click();
    await page.getByRole('heading', { name: 'Nuova formazione' }).waitFor();
    await page.getByLabel('Titolo').fill(TITLE);
    await page
      .getByLabel('Descrizione')
      .fill('Due mezze giornate con un attore: voce, respiro, e come aprire una presentazione.');
    await page.getByRole('combobox', { name: 'Motivazione' }).click();
    await page.getByRole('option', { name: 'Per crescere' }).click();
    await page.getByText('Come presentarla: Per crescere').waitFor();
    await page.getByLabel('Durata (ore)').fill('6');
    await page.getByLabel('Costo per partecipante (EUR)').fill('180');
    const vp = (n: number) => page.getByRole('group', { name: `Proposta di valore ${n}` });
    const fill = async (n: number, v: { label: string; value: string; benefits: string; problem: string; outcome: string }) => {
      await vp(n).getByLabel('Nome della popolazione').fill(v.label);
      await vp(n).getByLabel('Valore').fill(v.value);
      await vp(n).getByLabel('Cosa ci guadagnano').fill(v.benefits);
      await vp(n).getByLabel('Quale problema risolve').fill(v.problem);
      await vp(n).getByLabel('Cosa sapranno fare dopo').fill(v.outcome);
    };
    await fill(1, {
      label: 'Marketing e comunicazione',
      value: 'Marketing e Comunicazione',
      benefits: 'Presentazioni ai clienti che si ricordano.',
      problem: 'Le slide lette ad alta voce in fiera.',
      outcome: 'Aprire una presentazione catturando la sala nei primi 30 secondi.',
    });
    await page.getByRole('button', { name: 'Aggiungi una proposta di valore' }).click();
    await fill(2, {
      label: 'Commerciali',
      value: 'Commerciale',
      benefits: 'Trattative più sicure davanti ai buyer.',
      problem: 'L’agitazione davanti a una commissione acquisti.',
      outcome: 'Presentare un’offerta in cinque minuti, senza note.',
    });
    await check(page, '01-editor');
    await page.getByRole('button', { name: 'Crea la formazione' }).click();
    await page.waitForURL(/\/training\/manage\/[0-9a-f-]{36}$/);
    trainingId = page.url().split('/').at(-1) as string;

    await page.getByRole('tab', { name: /Sessioni/ }).click();
    await page.getByLabel('Inizio').fill(localIn(4, 9));
    await page.getByLabel('Fine').fill(localIn(4, 13));
    await page.getByLabel('Luogo').fill('Milano, sala Aurora');
    await page.getByRole('textbox', { name: 'Posti' }).last().fill('12');
    await page.getByRole('combobox', { name: 'Formatore' }).fill('Chiara');
    await page.getByRole('option', { name: /Chiara Romano/ }).click();
    await page.getByRole('button', { name: 'Aggiungi la sessione' }).click();
    await page.getByText('Posti occupati: 0 su 12').waitFor();
    await page.getByRole('button', { name: 'Pubblica' }).click();
    await page.getByText('Pubblicata', { exact: true }).waitFor();

    await page.getByRole('tab', { name: 'Campagna' }).click();
    await page.getByLabel('Dove la appendi').fill('Stabilimento di Parma — bacheca della mensa');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Scarica la locandina (PDF)' }).click();
    const file = await (await download).path();
    fs.mkdirSync('test-results', { recursive: true });
    fs.copyFileSync(file, 'test-results/training-poster.pdf');
    const link = await qrOfPdf(new Uint8Array(fs.readFileSync(file)));
    expect(link).toMatch(new RegExp(`^${voce.url}/l/[A-Za-z0-9]+$`));
    // A phone scans the QR code: the tracked link counts the scan and opens the training, naming the channel.
    const scan = await fetch(link as string, { redirect: 'manual', headers: { 'user-agent': PHONE_UA } });
    expect(scan.status).toBe(302);
    expect(scan.headers.get('location')).toMatch(new RegExp(`^${voce.url}/training/${trainingId}\\?via=poster`));
    await expect
      .poll(
        async () => {
          await page.reload();
          await page.getByRole('tab', { name: 'Campagna' }).click();
          return page.getByRole('row', { name: /Locandina \(QR\)/ }).textContent();
        },
        { timeout: 15_000 },
      )
      .toMatch(/Locandina \(QR\)110/);
    await check(page, '02-campaign');
    await page.close();
  });

  it('the Marketing director endorses it for her area with a personal note', async () => {
    const page = await signedIn('admin@aurora.example');
    await page.goto('/training/team');
    await page.getByRole('link', { name: `Apri «${TITLE}» nel kit del responsabile` }).click();
    await page.getByRole('heading', { name: TITLE }).waitFor();
    // She is told what her team reads: her area's proposition, not the sales one (nobody in her team is in sales).
    const gains = page.getByRole('region', { name: 'Cosa guadagna il tuo team' });
    await expect.poll(() => gains.textContent()).toMatch(/Marketing e comunicazione \(\d+ persone\): Presentazioni ai clienti/);
    expect(await gains.textContent()).not.toContain('Commerciali');
    await page.getByLabel('La tua nota').fill(NOTE);
    await page.getByRole('button', { name: 'Raccomanda', exact: true }).click();
    await page.getByText('Raccomandazione salvata: il team la vede subito.').waitFor();
    await check(page, '03-manager-kit');
    await page.close();
  });

  it('a colleague of her area sees the note and his population’s proposition on his phone, and enrols', async () => {
    const page = await signedIn('comunicazione@aurora.example', true);
    await page.goto('/feed');
    const card = page.getByRole('article', { name: TITLE });
    await card.waitFor();
    await expect.poll(() => card.textContent()).toContain(NOTE);
    expect(await card.textContent()).toContain('Per te che sei: Marketing e comunicazione');
    expect(await card.textContent()).not.toContain('Commerciali');
    await check(page, '04-feed-phone');
    await card.getByRole('link', { name: `Apri la formazione: ${TITLE}` }).click();
    await page.getByRole('heading', { name: TITLE, level: 2 }).waitFor();
    await page.getByText('Aprire una presentazione catturando la sala nei primi 30 secondi.').waitFor();
    await page.getByRole('button', { name: 'Iscriviti', exact: true }).click();
    await page.getByRole('heading', { name: 'Sei iscritto/a' }).waitFor();
    expect(await page.getByRole('link', { name: 'Aggiungi al calendario' }).getAttribute('href')).toMatch(/calendar\.ics$/);
    await check(page, '05-enrolled-phone');
    await page.close();
  });

  it('the trainer checks him in from her phone; he says how useful it was; the dashboard counts hours and spend', async () => {
    const trainer = await signedIn('hr@aurora.example', true);
    await trainer.goto('/training');
    await trainer.getByRole('link', { name: new RegExp(`^${TITLE} — .*: fai l'appello$`) }).click();
    await trainer.getByRole('heading', { name: `Appello: ${TITLE}` }).waitFor();
    // A click, not check(): the box shows the tap a tick later (the roster is the query's data), which check() misses.
    const marco = trainer.getByRole('checkbox', { name: /Marco Bianchi/ });
    await marco.click();
    await trainer.getByText('Presenti: 1 su 1').waitFor();
    await expect.poll(() => marco.isChecked()).toBe(true);
    await check(trainer, '06-roll-call');
    await trainer.close();

    const learner = await signedIn('comunicazione@aurora.example', true);
    await learner.goto(`/training/${trainingId}`);
    await learner.getByRole('heading', { name: "Com'è andata?" }).waitFor();
    await learner.locator('label', { hasText: /^4$/ }).click();
    await learner.getByLabel('Cosa la renderebbe più utile per te?').fill('Un esercizio filmato da rivedere a casa.');
    await learner.getByRole('button', { name: 'Invia il tuo parere' }).click();
    await learner.getByText('Il tuo parere: utilità 4 su 5.').waitFor();
    await check(learner, '07-feedback-phone');
    await learner.close();

    const lnd = await signedIn('hr@aurora.example');
    const after = await measures(lnd);
    expect(after.hours.total - before.hours.total).toBeCloseTo(6, 5);
    expect(after.spend.total - before.spend.total).toBeCloseTo(180, 5);
    await lnd.goto('/training/measures');
    await lnd.getByRole('region', { name: 'Ore di formazione per dipendente' }).waitFor();
    const hoursText = await lnd.getByRole('region', { name: 'Ore di formazione per dipendente' }).textContent();
    expect(hoursText).toContain(
      `${new Intl.NumberFormat('it-IT', { maximumFractionDigits: 1 }).format(after.hours.total)} ore completate`,
    );
    await lnd.getByText("L'effetto dei responsabili").waitFor();
    await check(lnd, '08-measures');
    await lnd.close();
  });
});
