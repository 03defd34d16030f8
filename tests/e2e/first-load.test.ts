import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DESKTOP, newContext, openBrowser, PHONE, shotBoth, startVoce, type Voce } from './harness';
import { meterNetwork, msUntilVisible, type NetworkProfile, SLOW_4G, SLOW_4G_DEVTOOLS, UNTHROTTLED } from './network-meter';

/*
 * How long a phone on a slow mobile network waits for the first useful screen, and how many bytes it downloads.
 * Speed is recorded (test-results/first-load.json, docs/benchmarks.md), never asserted: this machine is shared and
 * noisy. The byte budget is asserted: the JavaScript the sign-in page needs stays under 300 KB on the wire.
 */
const JS_BUDGET = 300 * 1024;
const EMPLOYEE = 'dipendente@aurora.example';
const SIGN_IN_FORM = 'input[type="email"]';
const FIRST_FEED_CARD = 'a[href^="/feed/"]';
const REPORT = path.resolve('test-results/first-load.json');

let voce: Voce;
let browser: Browser;
const report: Record<string, unknown>[] = [];

beforeAll(async () => {
  voce = await startVoce({ seed: true });
  browser = await openBrowser();
});
afterAll(async () => {
  fs.mkdirSync(path.dirname(REPORT), { recursive: true });
  fs.writeFileSync(REPORT, `${JSON.stringify({ measuredAt: new Date().toISOString(), runs: report }, null, 2)}\n`);
  await browser?.close();
  await voce?.stop();
});

/** A phone-sized browser profile with an empty cache, signed in or not. */
async function phone(signedIn: boolean): Promise<BrowserContext> {
  const context = await newContext(browser, { baseURL: voce.url, phone: true });
  if (signedIn) {
    const res = await context.request.post('/api/auth/sign-in', { data: { email: EMPLOYEE, password: DEMO_PASSWORD } });
    expect(res.ok()).toBe(true);
  }
  return context;
}

/** Opens `url` on the throttled network, waits for `selector`, then for the page to go quiet, and records it all. */
async function measure(context: BrowserContext, name: string, url: string, selector: string, profile: NetworkProfile) {
  const page = await context.newPage();
  const meter = await meterNetwork(page, profile);
  await page.goto(url, { waitUntil: 'commit' });
  const msToFirstScreen = await msUntilVisible(page, selector);
  await page.waitForLoadState('networkidle');
  const transfers = meter.transfers();
  const run = {
    name,
    profile,
    msToFirstScreen,
    bytes: {
      total: meter.bytes(),
      document: meter.bytes('document'),
      script: meter.bytes('script'),
      stylesheet: meter.bytes('stylesheet'),
      api: meter.bytes('api'),
      other: meter.bytes('other'),
    },
    requests: transfers.length,
    fromCache: transfers.filter((t) => t.cached).length,
    encodings: [...new Set(transfers.filter((t) => t.kind === 'script').map((t) => t.encoding))],
  };
  report.push(run);
  console.log(`${name} (${profile.name}): ${msToFirstScreen} ms, ${Math.round(run.bytes.total / 1024)} KB`);
  return { page, run };
}

describe('first load on a phone', () => {
  it('the sign-in page needs less than 300 KB of compressed JavaScript', async () => {
    for (const profile of [SLOW_4G, SLOW_4G_DEVTOOLS, UNTHROTTLED]) {
      const context = await phone(false);
      const { page, run } = await measure(context, 'sign-in, empty cache', '/sign-in', SIGN_IN_FORM, profile);
      expect(run.bytes.script, 'JavaScript on the wire for the sign-in page').toBeLessThan(JS_BUDGET);
      if (profile === SLOW_4G) await shotBoth(page, 'first-load-sign-in');
      await context.close();
    }
  });

  it('a signed-in employee sees the first post of the feed; a second visit comes from the cache', async () => {
    for (const profile of [SLOW_4G, SLOW_4G_DEVTOOLS, UNTHROTTLED]) {
      const context = await phone(true);
      const { page } = await measure(context, 'feed, signed in, empty cache', '/feed', FIRST_FEED_CARD, profile);
      if (profile === SLOW_4G) await shotBoth(page, 'first-load-feed');
      await page.close();
      if (profile === SLOW_4G) {
        const { run } = await measure(context, 'feed, signed in, second visit', '/feed', FIRST_FEED_CARD, profile);
        // Hashed assets are immutable: the second visit downloads only index.html and the API answers.
        expect(run.bytes.script).toBe(0);
      }
      await context.close();
    }
  });

  it('the API reference works without internet: its viewer comes from Voce itself', async () => {
    const context = await newContext(browser, { baseURL: voce.url });
    const elsewhere: string[] = [];
    await context.route(
      (url) => url.origin !== new URL(voce.url).origin,
      (route) => {
        elsewhere.push(route.request().url());
        return route.abort('internetdisconnected');
      },
    );
    const page = await context.newPage();
    await page.goto('/api/docs');
    await page.getByRole('heading', { name: 'Voce API' }).first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    // The first screen only, at both widths (the whole reference is several metres long).
    for (const [width, size] of [['desktop', DESKTOP] as const, ['phone', PHONE] as const]) {
      await page.setViewportSize(size);
      await page.screenshot({ path: path.resolve(`test-results/screenshots/api-docs-${width}.png`) });
    }
    expect(elsewhere, 'requests to other hosts').toEqual([]);
    await context.close();
  });
});
