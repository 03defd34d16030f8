import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  a11yProblems,
  DEMO_PASSWORD,
  eventually,
  newContext,
  openBrowser,
  shotBoth,
  signInUi,
  startVoce,
  type Voce,
} from './harness';

// What a new user trips on (issue 7 §4), through the browser on the demo organisation, in Italian: errors next to
// their field, Excel downloads, archive with confirmation and undo, the audit log as sentences, pages a role does
// not have, the profile with language and password, and the welcome step after an invitation.
let voce: Voce;
let browser: Browser;

beforeAll(async () => {
  voce = await startVoce({ seed: true });
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await voce?.stop();
});

async function signedIn(email: string, password = DEMO_PASSWORD): Promise<Page> {
  const page = await (await newContext(browser, { baseURL: voce.url, locale: 'it-IT' })).newPage();
  page.setDefaultTimeout(15_000);
  await signInUi(page, email, password);
  return page;
}

async function check(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await shotBoth(page, `profile-${name}`);
  expect(await a11yProblems(page), name).toEqual([]);
}

/** The first sheet of a downloaded workbook, as exceljs reads it back. */
async function downloadedSheet(page: Page, menu: string) {
  await page.getByRole('button', { name: menu }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: 'Excel (.xlsx)' }).click(),
  ]);
  const file = path.join(os.tmpdir(), `voce-${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return { name: download.suggestedFilename(), sheet: wb.worksheets[0] };
}

/** The invitation link of the newest e-mail to this address in the outbox (no SMTP in tests: mail is kept). */
async function invitationLink(admin: Page, to: string): Promise<string> {
  return eventually(`an invitation to ${to} in the outbox`, async () => {
    const outbox = (await (await admin.request.get('/api/outbox')).json()).items as { id: string; to: string }[];
    const mail = outbox.find((m) => m.to === to);
    if (!mail) return null;
    const text = (await (await admin.request.get(`/api/outbox/${mail.id}`)).json()).text as string;
    return text.match(/https?:\/\/\S+\/invitation\/[\w-]+/)?.[0];
  });
}

describe('what a new user trips on', () => {
  it('HR sees a refused field next to the field, and downloads the people as an Excel file', async () => {
    const hr = await signedIn('hr@aurora.example');
    await hr.goto('/people/new');
    await hr.getByLabel('Nome e cognome').fill('Lucia Neri');
    await hr.getByRole('textbox', { name: 'E-mail' }).fill('lucia.neri@');
    await hr.getByRole('button', { name: 'Crea la persona' }).click();
    const email = hr.getByRole('textbox', { name: 'E-mail' });
    await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');
    const described = (await email.getAttribute('aria-describedby')) ?? '';
    const message = hr.locator(`[id="${described.split(' ').find((id) => id.includes('error'))}"]`);
    await expect.poll(() => message.textContent()).toMatch(/Indirizzo e-mail non valido/);
    await hr.getByRole('alert').filter({ hasText: 'Correggi il campo evidenziato' }).waitFor();
    await check(hr, 'field-error');

    await hr.goto('/people');
    const { name, sheet } = await downloadedSheet(hr, "Scarica l'elenco (Excel o CSV)");
    expect(name).toMatch(/^people-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 2)).toEqual(['name', 'email']);
    const emails: unknown[] = [];
    sheet.getColumn(2).eachCell((c) => emails.push(c.value));
    expect(emails).toContain('dipendente@aurora.example');
    expect(sheet.rowCount).toBeGreaterThan(100);
    await hr.close();
  });

  it('an admin archives a post after confirming, undoes it, and reads both in the audit log with a settings change', async () => {
    const admin = await signedIn('admin@aurora.example');
    const list = await (await admin.request.get('/api/posts?status=published')).json();
    const post = list.items[0] as { id: string; title: string };
    await admin.goto(`/content/${post.id}`);
    await admin.getByRole('button', { name: 'Archivia' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Archiviare questo contenuto?' });
    await dialog.getByText('Per 7 giorni potrai ripristinarlo').waitFor();
    await check(admin, 'archive-confirm');
    await dialog.getByRole('button', { name: 'Archivia' }).click();
    await admin.getByText('Contenuto archiviato.').waitFor();
    await admin.getByRole('button', { name: "Annulla l'archiviazione" }).click();
    await admin.getByText('Contenuto ripristinato.').waitFor();
    await expect.poll(async () => (await (await admin.request.get(`/api/posts/${post.id}`)).json()).status).toBe('published');

    await admin.goto('/settings');
    await admin.getByLabel('CPM (costo per 1.000 visualizzazioni)').fill('15');
    await admin.getByRole('button', { name: 'Salva impostazioni' }).click();
    await admin.getByText('Impostazioni salvate.').waitFor();

    await admin.goto('/admin/audit');
    // The log is a table on a desktop and a list of cards on a phone: the one on screen is read.
    await admin
      .getByText(`Giulia Ferrari ha archiviato il contenuto «${post.title}».`)
      .filter({ visible: true })
      .first()
      .waitFor();
    await admin
      .getByText(`Giulia Ferrari ha ripristinato il contenuto «${post.title}» dall'archivio.`)
      .filter({ visible: true })
      .first()
      .waitFor();
    await admin.getByText('Stato: Archiviato → Pubblicato').filter({ visible: true }).first().waitFor();
    await admin
      .getByText("Giulia Ferrari ha cambiato le impostazioni dell'organizzazione.")
      .filter({ visible: true })
      .first()
      .waitFor();
    await admin
      .getByText(/CPM \(costo per 1\.000 visualizzazioni\): 12,00\s€ → 15,00\s€/)
      .filter({ visible: true })
      .first()
      .waitFor();
    await check(admin, 'audit-sentences');

    const analytics = await (async () => {
      await admin.goto('/analytics');
      await admin.getByRole('heading', { name: 'Statistiche di advocacy' }).waitFor();
      return downloadedSheet(admin, 'Scarica condivisioni e clic al giorno');
    })();
    expect((analytics.sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['Giorno', 'Condivisioni', 'Clic']);
    expect(analytics.sheet.getRow(2).getCell(1).value).toBeInstanceOf(Date);
    expect(typeof analytics.sheet.getRow(2).getCell(2).value).toBe('number');
    await admin.close();
  });

  it('an employee who opens the settings by address is told it is not their page', async () => {
    const employee = await signedIn('dipendente@aurora.example');
    await employee.goto('/settings');
    await employee.getByRole('heading', { name: 'Pagina riservata' }).waitFor();
    expect(await employee.getByRole('button', { name: 'Salva impostazioni' }).count()).toBe(0);
    await check(employee, 'forbidden');
    await employee.close();
  });

  it('the interface language does not change which posts an employee sees; the languages she reads do', async () => {
    const page = await signedIn('dipendente@aurora.example');
    const titles = async (open: RegExp) => {
      const cards = page.getByRole('link', { name: open });
      await cards.first().waitFor();
      return (await cards.evaluateAll((links) => links.map((a) => a.getAttribute('aria-label') ?? a.textContent ?? ''))).map(
        (name) => name.replace(open, ''),
      );
    };
    await page.goto('/feed');
    const italian = await titles(/^Apri e condividi: /);
    expect(italian).toContain('Arriva la linea Grani Antichi');

    // English interface: the same posts, still in Italian, the only language she reads.
    await page.getByText('EN', { exact: true }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.reload();
    await page.getByRole('heading', { name: 'My feed' }).waitFor();
    expect(await titles(/^Open and share: /)).toEqual(italian);

    // She adds English to the languages she reads: posts written in both now come in English.
    await page.goto('/impact');
    // Leaving the rankings says where rankings appear (employees do not see them today).
    await page.getByText(/the ambassador rankings appear only in the analytics of administrators/).waitFor();
    await page.getByRole('checkbox', { name: 'English' }).check();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Settings saved.').waitFor();
    await check(page, 'content-languages');
    await page.goto('/feed');
    const after = await titles(/^Open and share: /);
    expect(after).toContain('Introducing the Ancient Grains range');
    expect(after).not.toContain('Arriva la linea Grani Antichi');
    // Back to Italian for the tests after this one.
    await page.getByText('IT', { exact: true }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('it');
    await page.close();
  });

  it('an administrator using Voce at another address than PUBLIC_URL is told that links will not work', async () => {
    const admin = await signedIn('admin@aurora.example');
    await admin.goto('/content');
    await admin.getByRole('heading', { name: 'Contenuti' }).waitFor();
    expect(await admin.getByText('I link puntano a un altro indirizzo').count()).toBe(0);
    await admin.close();

    // The same server, opened as localhost (PUBLIC_URL says 127.0.0.1): what a company opening it by its intranet
    // name would see when the operator left PUBLIC_URL unset.
    const other = voce.url.replace('127.0.0.1', 'localhost');
    const page = await (await newContext(browser, { baseURL: other, locale: 'it-IT' })).newPage();
    page.setDefaultTimeout(15_000);
    await signInUi(page, 'admin@aurora.example');
    await page.getByText('I link puntano a un altro indirizzo').waitFor();
    await page.getByText(`PUBLIC_URL=${other}`).waitFor();
    await check(page, 'address-banner');
    await page.close();

    // An employee is not bothered with it: nothing she can fix.
    const employee = await (await newContext(browser, { baseURL: other, locale: 'it-IT' })).newPage();
    employee.setDefaultTimeout(15_000);
    await signInUi(employee, 'dipendente@aurora.example');
    await employee.getByRole('heading', { name: 'Il mio feed' }).waitFor();
    await employee.waitForLoadState('networkidle');
    expect(await employee.getByText('I link puntano a un altro indirizzo').count()).toBe(0);
    await employee.close();
  });
  it('an employee changes language and password from the profile; the other session ends', async () => {
    const elsewhere = await signedIn('dipendente@aurora.example');
    const page = await signedIn('dipendente@aurora.example');
    await page.getByRole('button', { name: /Menu dell'account di Francesca Ricci/ }).click();
    await page.getByRole('menuitem', { name: 'Profilo e lingua' }).click();
    await page.getByRole('heading', { name: 'Il mio profilo' }).waitFor();
    await page.getByText('dipendente@aurora.example').waitFor();
    await check(page, 'profile');

    const current = page.getByLabel('Password attuale');
    await current.fill('non-la-mia-password');
    await page.getByLabel('Nuova password').fill('una-frase-nuova-e-lunga');
    await page.getByLabel('Ripeti la password').fill('una-frase-nuova-e-lunga');
    await page.getByRole('button', { name: 'Cambia password' }).click();
    await expect.poll(() => current.getAttribute('aria-invalid')).toBe('true');
    await page.getByText('La password attuale non è corretta.').waitFor();
    await current.fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Cambia password' }).click();
    await page.getByText('Password cambiata. Le altre sessioni sono state chiuse.').waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Il mio profilo' }).waitFor();
    await elsewhere.goto('/feed');
    await elsewhere.waitForURL(/\/sign-in/);

    await page.getByRole('combobox', { name: "Lingua dell'interfaccia" }).click();
    await page.getByRole('option', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'My profile' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.close();
    await elsewhere.close();
  });

  it('a new colleague accepts the invitation and is asked, optionally, for their networks and audience', async () => {
    const admin = await signedIn('admin@aurora.example');
    const created = await admin.request.post('/api/people', {
      data: { name: 'Nadia Galli', email: 'nadia.galli@aurora.example', department: 'Produzione', locale: 'it' },
    });
    expect(created.status()).toBe(200);
    const nadia = (await created.json()) as { id: string };
    expect((await admin.request.post('/api/invitations', { data: { personIds: [nadia.id] } })).status()).toBe(200);
    const link = await invitationLink(admin, 'nadia.galli@aurora.example');
    await admin.close();

    const page = await (await newContext(browser, { baseURL: voce.url, locale: 'it-IT' })).newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(link);
    await page.getByRole('heading', { name: 'Ti diamo il benvenuto su Voce' }).waitFor();
    await page.getByLabel('Nuova password').fill('nadia-sceglie-questa');
    await page.getByLabel('Ripeti la password').fill('nadia-sceglie-questa');
    await page.getByRole('button', { name: 'Attiva il mio account' }).click();
    await page.waitForURL(/\/welcome$/);
    await page.getByRole('heading', { name: /Ti diamo il benvenuto in Pastificio Aurora/ }).waitFor();
    await check(page, 'welcome');
    await page.getByLabel('Follower su LinkedIn').fill('350');
    await page.getByRole('button', { name: 'Salva e continua' }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/welcome'));
    const profile = await (await page.request.get('/api/me/sharing-profile')).json();
    expect(profile.audience).toEqual({ linkedin: 350 });
    await page.close();
  });
});
