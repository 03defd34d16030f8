import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastMailTo, type SmtpPeer, startSmtpPeer } from '../../src/server/testing/smtp-peer';
import { checkpoint, eventually, openBrowser, PHONE_390, startVoce, type Voce } from './harness';

// A candidate whose status link is broken, spent or whose session ended asks for a new one, on a 390 px phone, in
// Italian (and once in English): the page asks for the address they applied with and answers the same whatever the
// address; the new link arrives by e-mail and opens their status page. A demo candidate (applied to the lab job).
const SLUG = 'pastificio-aurora';
const NAME = 'Sofia Marchetti';
const EMAIL = 'sofia.marchetti@example.com';
const JOB = 'Tecnico/a di laboratorio qualità';
const STRANGER = 'mai.candidata@example.com';
const BROKEN = `/careers/${SLUG}/status/non-un-token-valido`;

let voce: Voce;
let smtp: SmtpPeer;
let browser: Browser;
let link = '';

beforeAll(async () => {
  smtp = await startSmtpPeer();
  voce = await startVoce({ seed: true, env: { SMTP_URL: smtp.url } });
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await voce?.stop();
  await smtp?.close();
});

const check = (page: Page, name: string) => checkpoint(page, `new-link-${name}`);

/** A candidate's phone without any session, speaking `locale`. */
async function phone(locale = 'it-IT'): Promise<Page> {
  const context = await browser.newContext({ baseURL: voce.url, locale, viewport: PHONE_390, isMobile: true });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return page;
}

/** Fills the new-link form as a person does and returns what the answer page says. */
async function ask(page: Page, email: string, label = "L'e-mail con cui ti sei candidato/a", send = 'Inviami un nuovo link') {
  await page.getByLabel(label).fill(email);
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: send }).click()]);
  return ((await page.locator('main').textContent()) ?? '').trim();
}

describe('a candidate asks for a new status link', () => {
  it('a broken link offers the form, and any address gets the same neutral answer', async () => {
    const page = await phone();
    const opened = await page.goto(BROKEN);
    expect(opened?.status()).toBe(410);
    await page.getByRole('heading', { name: 'Link non valido' }).waitFor();
    await page.getByRole('button', { name: 'Inviami un nuovo link' }).waitFor();
    await check(page, '01-unknown');
    const known = await ask(page, ` ${EMAIL.toUpperCase()} `);
    await page.getByRole('heading', { name: 'Controlla la tua e-mail' }).waitFor();
    expect(known).toContain('Se a questo indirizzo corrisponde una candidatura');
    await check(page, '02-sent');
    await page.goto(BROKEN);
    expect(await ask(page, STRANGER)).toBe(known);
    await page.context().close();
  });

  it('the new link arrives by e-mail and opens the status page; opened again, it is spent and offers the form', async () => {
    const text = await eventually(`a status link mailed to ${EMAIL}`, async () => lastMailTo(smtp, EMAIL) || null);
    link = new RegExp(`https?://\\S+/careers/${SLUG}/status/[\\w-]+`).exec(text)?.[0] ?? '';
    expect(link, text).not.toBe('');
    expect(text).toContain(JOB);
    const page = await phone();
    await page.goto(link);
    await page.getByRole('heading', { name: 'La tua candidatura' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/careers/${SLUG}/status`);
    const main = page.locator('main');
    await main.getByText(`${NAME} · ${EMAIL}`).waitFor();
    await main.getByRole('heading', { name: JOB }).waitFor();
    await check(page, '03-status');

    const again = await page.goto(link);
    expect(again?.status()).toBe(410);
    await page.getByRole('heading', { name: 'Questo link è già stato usato' }).waitFor();
    await page.getByLabel("L'e-mail con cui ti sei candidato/a").waitFor();
    await check(page, '04-used');
    await page.context().close();
    // The address that never applied got nothing.
    expect(lastMailTo(smtp, STRANGER)).toBe('');
  });

  it('the interview page of an ended session links to the form', async () => {
    const page = await phone();
    await page.goto(`/interview/${SLUG}`);
    await page.getByText('Non riusciamo ad aprire il colloquio').waitFor();
    await check(page, '05-interview-ended');
    await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Chiedi un nuovo link' }).click()]);
    await page.getByRole('heading', { name: 'Sessione scaduta' }).waitFor();
    await page.getByRole('button', { name: 'Inviami un nuovo link' }).waitFor();
    await check(page, '06-session-ended');
    await page.context().close();
  });

  it('an English browser reads the pages in English', async () => {
    const page = await phone('en-US');
    await page.goto(BROKEN);
    await page.getByRole('heading', { name: 'Link not valid' }).waitFor();
    await check(page, '07-unknown-en');
    await ask(page, STRANGER, 'The e-mail you applied with', 'Send me a new link');
    await page.getByRole('heading', { name: 'Check your e-mail' }).waitFor();
    await page.context().close();
  });
});
