import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, NEWCOMER, PEOPLE_CSV, prepareDataDir } from './foundation-setup';
import { a11yProblems, newContext, openBrowser, shotBoth, signInUi, startVoce, type Voce } from './harness';

let voce: Voce;
let browser: Browser;

beforeAll(async () => {
  const prepared = await prepareDataDir();
  voce = await startVoce({ dataDir: prepared.dataDir, seed: false });
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await voce?.stop();
});

/** Screenshot at both widths and no serious or critical accessibility problem. */
async function check(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await shotBoth(page, `foundation-${name}`);
  expect(await a11yProblems(page), name).toEqual([]);
}

describe('foundation: from the admin to a new colleague signed in', () => {
  it('admin invites an English speaker, who accepts from the outbox link and lands in the app in English', async () => {
    const admin = await (await newContext(browser, { baseURL: voce.url, locale: 'it-IT' })).newPage();
    admin.setDefaultTimeout(15_000);

    // An unsigned visitor is sent to the sign-in page, which keeps where they wanted to go.
    await admin.goto('/admin/outbox');
    await admin.waitForURL(/\/sign-in\?next=%2Fadmin%2Foutbox/);
    await expect.poll(() => admin.getByRole('heading', { name: 'Accedi' }).isVisible()).toBe(true);
    await check(admin, '01-sign-in');
    await admin.getByRole('link', { name: 'Hai dimenticato la password?' }).click();
    await admin.getByRole('heading', { name: 'Password dimenticata' }).waitFor();
    await check(admin, '02-forgot-password');

    await signInUi(admin, ADMIN.email, ADMIN.password);
    await admin.waitForURL((u) => u.pathname === '/' || !u.pathname.startsWith('/sign-in'));

    // HR's spreadsheet comes in through the import: checked first, nothing written until confirmed.
    await admin.goto('/people');
    await admin.getByRole('link', { name: 'Importa CSV' }).click();
    await admin.getByRole('heading', { name: 'Importa persone da un file CSV' }).waitFor();
    await admin.getByLabel('File CSV').click();
    await admin
      .locator('input[type=file]')
      .setInputFiles({ name: 'persone.csv', mimeType: 'text/csv', buffer: Buffer.from(PEOPLE_CSV) });
    await check(admin, '03-import-choose');
    await admin.getByRole('button', { name: 'Verifica il file' }).click();
    const errors = admin.getByRole('region', { name: 'Righe con errori' });
    await errors.getByRole('cell', { name: 'E-mail mancante o non valida' }).waitFor();
    expect(await errors.getByRole('cell', { name: 'non-una-email' }).isVisible()).toBe(true);
    await check(admin, '04-import-preview');
    await admin.getByRole('button', { name: 'Importa 2 righe valide' }).click();
    await admin.getByText('Importazione completata').waitFor();
    await check(admin, '05-import-done');

    // Emma is in the directory, not yet invited; the admin invites her alone.
    await admin.getByRole('link', { name: 'Vai alle persone' }).click();
    await admin.getByRole('cell', { name: /marco\.bianchi@example\.test/ }).waitFor();
    expect(await admin.getByText('Riga Rotta').count()).toBe(0);
    await admin.getByRole('checkbox', { name: `Seleziona ${NEWCOMER.name}` }).check();
    await admin.getByRole('button', { name: 'Invita 1 persona selezionata' }).click();
    await admin.getByText('Invito inviato a 1 persona').waitFor();
    await check(admin, '06-people');

    // Marco's record: the import kept his data; the admin corrects his job title, then deactivates him.
    await admin.getByRole('link', { name: 'Marco Bianchi' }).click();
    await admin.getByRole('heading', { name: 'Marco Bianchi' }).waitFor();
    expect(await admin.getByRole('combobox', { name: 'Reparto' }).inputValue()).toBe('Produzione');
    await admin.getByLabel('Ruolo aziendale').fill('Capoturno');
    await admin.getByRole('button', { name: 'Salva le modifiche' }).click();
    await admin.getByText('Dati di Marco Bianchi salvati').waitFor();
    await admin.getByRole('button', { name: 'Disattiva' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Disattivare questa persona?' });
    await dialog.getByRole('button', { name: 'Disattiva' }).click();
    await admin.getByText('Account di Marco Bianchi disattivato').waitFor();
    await check(admin, '06b-person');
    await admin.reload();
    expect(await admin.getByLabel('Ruolo aziendale').inputValue()).toBe('Capoturno');
    await admin.getByRole('button', { name: 'Riattiva' }).waitFor();

    await admin.goto('/admin/outbox');
    const subject = 'Acme Italia invites you to Voce';
    await admin.getByRole('link', { name: subject }).click();
    await admin.getByRole('heading', { name: subject }).waitFor();
    await check(admin, '07-outbox-message');
    const link = admin.getByRole('link', { name: /\/invitation\// });
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toContain(`${voce.url}/invitation/`);

    await admin.goto('/admin/audit');
    await admin.getByRole('cell', { name: `ha invitato ${NEWCOMER.name} su Voce` }).waitFor();
    await check(admin, '08-audit');

    // Emma opens the link in her own browser (an Italian-language browser: the page follows her invitation).
    const emma = await (await newContext(browser, { baseURL: voce.url, locale: 'it-IT' })).newPage();
    emma.setDefaultTimeout(15_000);
    await emma.goto(href);
    await emma.getByRole('heading', { name: 'Welcome to Voce' }).waitFor();
    await expect
      .poll(() => emma.getByText(`Hello ${NEWCOMER.name}, Acme Italia has invited you to Voce.`).isVisible())
      .toBe(true);
    await check(emma, '09-invitation');
    await emma.getByLabel('New password').fill('emma-chooses-this');
    await emma.getByLabel('Repeat the password').fill('emma-chooses-this');
    await emma.getByRole('button', { name: 'Activate my account' }).click();
    await emma.waitForURL((u) => !u.pathname.startsWith('/invitation'));
    await emma.getByRole('button', { name: `Account menu of ${NEWCOMER.name}` }).waitFor();
    expect(await emma.evaluate(() => document.documentElement.lang)).toBe('en');
    await check(emma, '10-signed-in');

    // The link was single use.
    await emma.goto(href);
    await emma.getByRole('alert').waitFor();
    await emma.close();
    await admin.close();
  });

  it('a forgotten password is reset through the e-mailed link; a wrong password is refused in the page language', async () => {
    const emma = await (await newContext(browser, { baseURL: voce.url, locale: 'en-GB' })).newPage();
    emma.setDefaultTimeout(15_000);
    await emma.goto('/sign-in');
    await emma.getByLabel('E-mail').fill(NEWCOMER.email);
    await emma.getByLabel('Password').fill('not-my-password');
    await emma.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => emma.getByRole('alert').textContent()).toMatch(/not correct/);

    await emma.getByRole('link', { name: 'Forgot your password?' }).click();
    await emma.getByLabel('E-mail').fill(NEWCOMER.email);
    await emma.getByRole('button', { name: 'Send the link' }).click();
    await emma.getByText(/If an account exists for this address/).waitFor();

    // Without a mail server the reset link is never shown in the outbox (an administrator could take over the
    // account): the administrator sees the e-mail with its link hidden, and the operator finds it in the server log.
    const admin = await (await newContext(browser, { baseURL: voce.url, locale: 'en-GB' })).newPage();
    admin.setDefaultTimeout(15_000);
    await signInUi(admin, ADMIN.email, ADMIN.password);
    await admin.goto('/admin/outbox');
    await admin.getByRole('link', { name: /Reset your Voce password|Reimposta la password di Voce/ }).click();
    await admin
      .getByText(/link (hidden|nascosto)/)
      .first()
      .waitFor();
    expect(await admin.getByRole('link', { name: /\/reset-password\?token=/ }).count()).toBe(0);
    await admin.close();
    const linkInLog = () => voce.output().match(/"url":"([^"]*\/reset-password\?token=[^"]+)"/)?.[1] ?? '';
    await expect.poll(linkInLog).toMatch(/token=/);
    const href = linkInLog();

    await emma.goto(href);
    await emma.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await check(emma, '11-reset-password');
    await emma.getByLabel('New password').fill('emma-remembers-now');
    await emma.getByLabel('Repeat the password').fill('emma-remembers-now');
    await emma.getByRole('button', { name: 'Save the new password' }).click();
    await emma.getByText('Your password has been changed. You can now sign in with it.').waitFor();
    await signInUi(emma, NEWCOMER.email, 'emma-remembers-now');
    await emma.getByRole('button', { name: `Account menu of ${NEWCOMER.name}` }).waitFor();
    await emma.close();
  });

  it('an import that stops says why, keeps what it applied, stops polling and offers to try again', async () => {
    const admin = await (await newContext(browser, { baseURL: voce.url, locale: 'it-IT' })).newPage();
    admin.setDefaultTimeout(15_000);
    await signInUi(admin, ADMIN.email, ADMIN.password);
    await admin.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
    // The server's progress is answered as failed (its worker died three times, say): the page must say so and
    // stop asking. The retry then reaches the real server, where this import has finished meanwhile.
    let polls = 0;
    const progress = /\/api\/people\/imports\/[0-9a-f-]{36}$/;
    await admin.route(progress, async (route) => {
      if (route.request().method() !== 'GET') return route.continue();
      polls++;
      const real = await (await route.fetch()).json();
      await route.fulfill({ json: { ...real, status: 'failed', failure: 'interrupted', processed: 1, created: 1 } });
    });
    await admin.goto('/people/import');
    await admin.getByLabel('File CSV').click();
    await admin.locator('input[type=file]').setInputFiles({
      name: 'altre.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('nome;email\nNora Neri;nora.neri@example.test'),
    });
    await admin.getByRole('button', { name: 'Verifica il file' }).click();
    await admin.getByRole('button', { name: 'Importa 1 riga valida' }).click();
    await admin.getByRole('alert').filter({ hasText: "L'importazione si è fermata prima della fine" }).waitFor();
    expect(await admin.getByText('Fermata a 1 di 1').isVisible()).toBe(true);
    await check(admin, '05b-import-failed');
    const seen = polls;
    await admin.waitForTimeout(2500);
    expect(polls).toBe(seen);
    await admin.unroute(progress);
    await admin.getByRole('button', { name: 'Riprova' }).click();
    await admin.getByText('Importazione completata').waitFor();
    await admin.close();
  });
});
