import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterEach, expect } from 'vitest';

export const DEMO_PASSWORD = 'voce-demo-2026';
export const PHONE = { width: 375, height: 740 };
export const DESKTOP = { width: 1280, height: 860 };
export { freePort, startVoce, type Voce } from '../support/voce-process';

const SHOTS = path.resolve('test-results/screenshots');

// What Chromium reported as blocked by the Content-Security-Policy: a test whose pages hit the policy fails, because
// the user would have seen a broken page (a script, style or image that did not load).
const cspViolations: string[] = [];
afterEach(() => {
  const found = cspViolations.splice(0);
  if (found.length > 0) throw new Error(`Content-Security-Policy violations:\n${found.join('\n')}`);
});

/**
 * `fakeMedia`: a fake microphone and camera (a tone and a test pattern) that pages may use without asking, for stories
 * that record audio or video in the browser (MediaRecorder). `fakeVideo`: the fake camera shows this .y4m/.mjpeg file
 * instead (implies `fakeMedia`), e.g. a QR code for the check-in scanner. `args`: more Chromium switches.
 */
export async function openBrowser(opts: { fakeMedia?: boolean; fakeVideo?: string; args?: string[] } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(opts.fakeMedia || opts.fakeVideo ? ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'] : []),
      ...(opts.fakeVideo ? [`--use-file-for-fake-video-capture=${opts.fakeVideo}`] : []),
      ...(opts.args ?? []),
    ],
  });
}

/** A fresh browser profile (own cookies) with a language and a window size. */
export async function newContext(
  browser: Browser,
  opts: { locale?: string; phone?: boolean; baseURL: string },
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: opts.baseURL,
    locale: opts.locale ?? 'it-IT',
    viewport: opts.phone ? PHONE : DESKTOP,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  context.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(`${m.location().url}: ${m.text()}`);
  });
  return context;
}

/** Saves a full-page screenshot under test-results/screenshots/<name>.png. */
export async function shot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Screenshots at desktop width and at phone width (the same page, resized), then restores the size. */
export async function shotBoth(page: Page, name: string): Promise<void> {
  const size = page.viewportSize() ?? DESKTOP;
  await page.setViewportSize(DESKTOP);
  await shot(page, `${name}-desktop`);
  await page.setViewportSize(PHONE);
  await page.waitForTimeout(150);
  await shot(page, `${name}-phone`);
  await page.setViewportSize(size);
}

/** Serious or critical axe violations on the current page, as readable lines (empty = fine). */
export async function a11yProblems(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

/** Signs in through the sign-in page as a user would. */
export async function signInUi(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel(/e-?mail/i).fill(email);
  await page.getByLabel(/password/i).fill(password);
  await page.locator('form').getByRole('button').first().click();
  await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
}

/** The phone: 390 px wide (an iPhone 12–15), a little wider than PHONE. */
export const PHONE_390 = { width: 390, height: 844 };

/**
 * A story's checkpoint: the page settled, screenshots at both widths (and at 390 px as the person saw it, when used on
 * the phone), and no serious accessibility problem.
 */
export async function checkpoint(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  if (page.viewportSize()?.width === PHONE_390.width) await shot(page, `${name}-390`);
  await shotBoth(page, name);
  expect(await a11yProblems(page), name).toEqual([]);
}

/** A new browser profile signed in through the sign-in page, on the 390 px phone or at desktop width. */
export async function signedInPage(browser: Browser, baseURL: string, email: string, phone = false): Promise<Page> {
  const page = await (await newContext(browser, { baseURL, phone })).newPage();
  if (phone) await page.setViewportSize(PHONE_390);
  page.setDefaultTimeout(20_000);
  await signInUi(page, email);
  return page;
}

/**
 * Waits for what a background job produces (an e-mail in the outbox, a promotion): on a busy runner jobs start late, so
 * the wait is a minute by default; `probe` returns the value once it is there, or nothing yet.
 */
export async function eventually<T>(what: string, probe: () => Promise<T | null | undefined>, timeoutMs = 60_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null && value !== undefined) return value;
    if (Date.now() > until) throw new Error(`still waiting after ${timeoutMs / 1000} s for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
