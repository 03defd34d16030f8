import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { a11yProblems, newContext, openBrowser, shotBoth, signInUi, startVoce, type Voce } from './harness';
import { type Landing, startLanding } from './landing';

// The whole loop on the demo organisation (Pastificio Aurora), through the browser only.
const TITLE = 'Porte aperte al pastificio di Parma';
const TOPIC = 'Porte aperte';
const CAPTIONS = [
  'Sabato apriamo le porte dello stabilimento di Parma: venite a vedere come nasce la nostra pasta.',
  'Dalla semola al pacco: il 12 dicembre vi mostriamo la linea di produzione. Vi aspetto!',
];
const MY_WORDS = ' Io sarò alla linea 3, passate a salutarmi.';
// A phone's browser: the headless Chromium announces itself as a bot, and bots are (rightly) not counted.
const PHONE_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

let voce: Voce;
let landing: Landing;
let browser: Browser;
let trackedLink = '';

beforeAll(async () => {
  landing = await startLanding();
  voce = await startVoce({ seed: true });
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await voce?.stop();
  await landing?.close();
});

async function check(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await shotBoth(page, `advocacy-${name}`);
  expect(await a11yProblems(page), name).toEqual([]);
}

async function signedIn(email: string, locale = 'it-IT'): Promise<Page> {
  const page = await (await newContext(browser, { baseURL: voce.url, locale })).newPage();
  page.setDefaultTimeout(15_000);
  await signInUi(page, email);
  return page;
}

describe('advocacy loop: post → personal share → tracked click → dashboard', () => {
  it('an editor publishes a post for Produzione with two suggested captions', async () => {
    const editor = await signedIn('comunicazione@aurora.example');
    await editor.goto('/content');
    await editor.getByRole('link', { name: 'Nuovo contenuto' }).click();
    await editor.getByRole('heading', { name: 'Nuovo contenuto' }).waitFor();
    // The post in Italian only (the English version is left empty: English readers get the Italian one).
    const italian = editor.getByRole('group', { name: 'Versione italiana' });
    await italian.getByLabel('Titolo').fill(TITLE);
    await italian
      .getByLabel('Testo per i colleghi')
      .fill('Sabato 12 dicembre lo stabilimento apre alle famiglie e al quartiere.');
    await editor.getByRole('combobox', { name: 'Argomenti' }).fill(TOPIC);
    await editor.getByRole('combobox', { name: 'Argomenti' }).press('Enter');
    await editor.getByRole('combobox', { name: 'Argomenti' }).press('Escape');
    await editor.getByLabel('Link di destinazione').fill(`${landing.url}/porte-aperte`);
    await italian.getByLabel("Intestazione dell'anteprima").fill('Porte aperte al pastificio');

    for (const [i, text] of CAPTIONS.entries()) {
      await editor.getByRole('button', { name: 'Aggiungi variante' }).click();
      await editor.getByLabel(`Didascalia ${i + 1}`).fill(text);
    }
    // Only part of the organisation: until a department, a site or a person is chosen, it reaches nobody.
    await editor.getByRole('radio', { name: "Solo una parte dell'organizzazione" }).check();
    await editor.getByText('Nessuno vedrà questo contenuto').waitFor();

    // A department nobody of which reads English, for English readers: the editor is warned, and publishing asks.
    const facets = (await (await editor.request.get('/api/people/facets')).json()) as { departments: string[] };
    const readers = async (department: string) =>
      (
        await (
          await editor.request.post('/api/posts/audience-count', {
            data: { targeting: { all: false, departments: [department], sites: [], personIds: [] }, language: 'en' },
          })
        ).json()
      ).people as number;
    let unread = '';
    for (const d of facets.departments) if (!unread && (await readers(d)) === 0) unread = d;
    expect(unread, 'a department without English readers in the demo').not.toBe('');
    const departments = editor.getByRole('combobox', { name: 'Reparti' });
    await departments.click();
    await editor.getByRole('option', { name: unread, exact: true }).click();
    await departments.press('Escape');
    await editor.getByRole('radio', { name: 'Inglese' }).check();
    await editor.getByText('Nessuno vedrà questo contenuto').waitFor();
    await shotBoth(editor, 'advocacy-01a-no-audience');
    await editor.getByRole('button', { name: 'Pubblica' }).click();
    const unreached = editor.getByRole('dialog', { name: 'Pubblicare senza destinatari?' });
    await unreached.getByText('nessuno troverà questo contenuto').waitFor();
    await unreached.getByRole('button', { name: 'Torna a modificare' }).click();

    // Departments are picked from the directory's values, and the audience is counted as it is chosen.
    await departments.press('Backspace');
    await departments.click();
    await editor.getByRole('option', { name: 'Produzione', exact: true }).click();
    await departments.press('Escape');
    await editor.getByRole('radio', { name: 'Qualsiasi lingua' }).check();
    await editor.getByText(/^Lo vedranno \d+ persone su \d+ attive\.$/).waitFor();
    await check(editor, '01-editor');

    await editor.getByRole('button', { name: 'Pubblica' }).click();
    await editor.getByText('Salvato. Stato: Pubblicato.').waitFor();
    await editor.close();
  });

  it('an employee of Produzione edits a suggestion in her own words and shares it to LinkedIn with her tracked link', async () => {
    const page = await signedIn('dipendente@aurora.example');
    const intents: string[] = [];
    // LinkedIn itself is not reachable from a test: the share intent is caught at the browser's door.
    await page.context().route(/linkedin\.com/, (route) => {
      intents.push(route.request().url());
      return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>LinkedIn</title><p>LinkedIn</p>' });
    });
    await page.goto('/feed');
    const card = page.getByRole('link', { name: `Apri e condividi: ${TITLE}` });
    await card.waitFor();
    await check(page, '02-feed');
    await card.click();
    await page.getByRole('heading', { name: TITLE }).waitFor();

    await page.getByRole('button', { name: 'Parti da questo suggerimento (2)' }).click();
    const text = page.getByLabel('Il tuo testo');
    expect(await text.inputValue()).toBe(CAPTIONS[1]);
    // A word the organisation asked not to use is flagged, and sharing waits until it is gone.
    await text.fill(`${CAPTIONS[1]} Ingresso gratis.`);
    await page.getByText('La tua organizzazione chiede di non usare: gratis').waitFor();
    expect(await page.getByRole('button', { name: 'Condividi su LinkedIn' }).isDisabled()).toBe(true);
    await text.fill(CAPTIONS[1] + MY_WORDS);
    await page.getByText('#dipendenteAurora').first().waitFor();
    await check(page, '03-compose');

    const popup = page.context().waitForEvent('page');
    await page.getByRole('button', { name: 'Condividi su LinkedIn' }).click();
    await (await popup).waitForLoadState();
    await page.getByText('Ultimo passo: pubblicalo su LinkedIn').waitFor();
    trackedLink = await page.getByLabel('Il tuo link tracciato').inputValue();
    expect(trackedLink).toMatch(new RegExp(`^${voce.url}/l/[A-Za-z0-9_-]+$`));
    await check(page, '04-shared');

    await expect.poll(() => intents.length).toBe(1);
    const shared = new URL(intents[0]).searchParams.get('text') ?? '';
    // Her words, the disclosure the organisation requires, and her own tracked link.
    expect(shared).toContain(CAPTIONS[1] + MY_WORDS);
    expect(shared).toContain('#dipendenteAurora');
    expect(shared).toContain(trackedLink);

    // Opening LinkedIn is only a start: back on Voce she says she posted it.
    await page.getByRole('button', { name: "Sì, l'ho pubblicato" }).click();
    await page.getByText('Grazie! Lo contiamo come condivisione pubblicata.').waitFor();
    await page.getByText('Condiviso, grazie!').waitFor();
    await page.close();
  });

  it('a colleague of another department does not see the post', async () => {
    const page = await signedIn('employee.en@aurora.example', 'en-GB');
    await page.goto('/feed');
    await page
      .getByRole('link', { name: /^Open and share: / })
      .first()
      .waitFor();
    expect(await page.getByText(TITLE).count()).toBe(0);
    await page.close();
  });

  it('a visitor follows the link and lands on the page with the UTM parameters; the dashboard shows the share and the click', async () => {
    const visitor = await (await browser.newContext({ userAgent: PHONE_UA, viewport: { width: 390, height: 844 } })).newPage();
    await visitor.goto(trackedLink);
    await visitor.getByRole('heading', { name: 'Porte aperte al pastificio' }).waitFor();
    const landed = new URL(visitor.url());
    expect(`${landed.origin}${landed.pathname}`).toBe(`${landing.url}/porte-aperte`);
    expect(landed.searchParams.get('utm_source')).toBe('linkedin');
    expect(landed.searchParams.get('utm_medium')).toBe('employee-advocacy');
    // A campaign name people can read in the site's analytics, and the network again as utm_content.
    expect(landed.searchParams.get('utm_campaign')).toMatch(/^porte-aperte-al-pastificio-di-parma-[0-9a-f]{6}$/);
    expect(landed.searchParams.get('utm_content')).toBe('linkedin');
    await visitor.close();

    const admin = await signedIn('admin@aurora.example');
    await admin.goto('/analytics');
    await admin.getByRole('combobox', { name: 'Argomento' }).click();
    await admin.getByRole('option', { name: TOPIC }).click();
    const figure = (name: string) => admin.getByRole('region', { name, exact: true }).locator('p').nth(1).textContent();
    // The click reaches the dashboard after the recorder's next flush (well under a second).
    await expect
      .poll(
        async () => {
          await admin.reload();
          return [await figure('Condivisioni'), await figure('Clic')];
        },
        { timeout: 15_000 },
      )
      .toEqual(['1', '1']);
    await admin.getByText(/Confermate come pubblicate da chi le ha fatte: 1\./).waitFor();
    // Every figure a new reader would not know says what it is, in plain Italian.
    await admin.getByRole('region', { name: 'Valore mediatico guadagnato (EMV)' }).waitFor();
    await admin.getByText(/Misura quanto i clic si concentrano su pochi ambassador/).waitFor();
    await admin.getByText(/distanza di modifica normalizzata: la quota di caratteri da cambiare/).waitFor();
    await admin
      .getByText(/Quota di voce: la parte di tutte le condivisioni del periodo/)
      .first()
      .waitFor();
    await admin.getByText(/Attivo = almeno una condivisione nel periodo scelto/).waitFor();
    await check(admin, '05-dashboard');

    // The post's own statistics: one share started and confirmed, one click, by network and department.
    const list = await (await admin.request.get('/api/posts?status=published')).json();
    const post = (list.items as { id: string; title: string }[]).find((p) => p.title === TITLE);
    // The publish refused for want of an audience left no second copy behind.
    const drafts = await (await admin.request.get('/api/posts?status=draft')).json();
    expect((drafts.items as { title: string }[]).filter((p) => p.title === TITLE)).toEqual([]);
    await admin.goto(`/content/${post?.id}`);
    await admin.getByRole('link', { name: 'Statistiche del contenuto' }).click();
    await admin.getByRole('heading', { name: `Statistiche: ${TITLE}` }).waitFor();
    const stat = (name: string) => admin.getByRole('region', { name, exact: true }).locator('p').nth(1).textContent();
    expect([await stat('Condivisioni avviate'), await stat('Condivisioni confermate'), await stat('Clic')]).toEqual([
      '1',
      '1',
      '1',
    ]);
    await admin.getByRole('cell', { name: 'LinkedIn' }).first().waitFor();
    await admin.getByRole('cell', { name: 'Produzione' }).first().waitFor();
    await check(admin, '06-post-stats');
    await admin.close();
  });
  it('the employee also copies her text and link; back on the post, both shares are named as things done', async () => {
    const page = await signedIn('dipendente@aurora.example');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: voce.url });
    await page.goto('/feed');
    await page.getByRole('link', { name: `Apri e condividi: ${TITLE}` }).click();
    await page.getByText('Hai già condiviso questo post (LinkedIn). Puoi condividerlo di nuovo.').waitFor();
    await page.getByText('Copia link', { exact: true }).click();
    await page.getByLabel('Il tuo testo').fill(CAPTIONS[1] + MY_WORDS);
    await page.getByRole('button', { name: 'Copia testo e link' }).click();
    await page.getByText('Hai incollato e pubblicato il testo?').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(MY_WORDS.trim());
    await page.reload();
    // "Copia link" is the button; what she did reads "link copiato" (it once read "condiviso su Copia link"). Newest first.
    await page.getByText('Hai già condiviso questo post (link copiato, LinkedIn). Puoi condividerlo di nuovo.').waitFor();
    await check(page, '07-shared-twice');
    await page.close();
  });
});
