import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { a11yProblems, newContext, openBrowser, shotBoth, signInUi, startVoce, type Voce } from './harness';

// Every page of the app on the demo organisation, as the role that uses it, in Italian and in English: each one
// renders its heading, and none has a serious or critical accessibility problem (at phone width too).
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

type Stop = { path: string; heading: { it: RegExp; en: RegExp } };
const h = (it: RegExp, en: RegExp) => ({ it, en });

const tours: { email: string; stops: Stop[] }[] = [
  {
    email: 'admin@aurora.example',
    stops: [
      { path: '/content', heading: h(/^Contenuti$/, /^Content hub$/) },
      { path: '/content/new', heading: h(/^Nuovo contenuto$/, /^New post$/) },
      { path: '/analytics', heading: h(/^Statistiche di advocacy$/, /advocacy/i) },
      { path: '/people', heading: h(/^Persone$/, /^People$/) },
      { path: '/people/new', heading: h(/^Nuova persona$/, /^New person$/) },
      { path: '/people/import', heading: h(/CSV/, /CSV/) },
      { path: '/settings', heading: h(/Impostazioni/, /settings/i) },
      { path: '/admin/audit', heading: h(/Registro/, /log/i) },
    ],
  },
  {
    email: 'manager@aurora.example',
    stops: [{ path: '/team-analytics', heading: h(/team/i, /team/i) }],
  },
  {
    email: 'dipendente@aurora.example',
    stops: [
      { path: '/feed', heading: h(/^Il mio feed$/, /feed/i) },
      { path: '/impact', heading: h(/impatto/i, /impact/i) },
    ],
  },
];

/** Italian: screenshots and axe at both widths; English: the page renders in English and axe at desktop width. */
async function visit(page: Page, stop: Stop, lang: 'it' | 'en', who: string) {
  await page.goto(stop.path);
  await page.getByRole('heading', { name: stop.heading[lang] }).first().waitFor();
  await page.waitForLoadState('networkidle');
  const name = `tour-${who}-${stop.path.replace(/\//g, '_').replace(/^_/, '')}-${lang}`;
  expect(await a11yProblems(page), name).toEqual([]);
  if (lang === 'en') return;
  await shotBoth(page, name);
  await page.setViewportSize({ width: 375, height: 740 });
  expect(await a11yProblems(page), `${name} (phone)`).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 860 });
}

describe('a tour of every page', () => {
  for (const { email, stops } of tours) {
    it(`${email}: every page in Italian and English`, async () => {
      const page = await (await newContext(browser, { baseURL: voce.url, locale: 'it-IT' })).newPage();
      page.setDefaultTimeout(15_000);
      await signInUi(page, email);
      const who = email.split('@')[0];
      for (const stop of stops) await visit(page, stop, 'it', who);
      // The language switch in the header: remembered for the user, applied at once.
      await page.getByText('EN', { exact: true }).click();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
      for (const stop of stops) await visit(page, stop, 'en', who);
      await page.close();
      // Sixteen pages, each at two widths with an accessibility scan: minutes on a runner running two files at once.
    }, 300_000);
  }
});
