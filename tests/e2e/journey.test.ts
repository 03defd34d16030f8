import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkpoint, openBrowser, signedInPage, startVoce, type Voce } from './harness';

// Issue 12 §9 on the demo company, in Italian: HR open the Brand Experience Journey and see the circle closed once:
// a colleague's job share at the origin, the hire it brought, and that hire's own first share.
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

type Journey = {
  steps: { step: string; count: number }[];
  origins: { name: string; shares: number; clicks: number }[];
  hires: { name: string; firstShareAt: string | null }[];
};

describe('the Brand Experience Journey', () => {
  it("shows HR the employee's share at the origin and the new hire's first share, on desktop and phone", async () => {
    const page = await signedInPage(browser, voce.url, 'hr@aurora.example');
    await page.goto('/recruiting/journey');
    await page.getByRole('heading', { name: 'Brand Experience Journey', level: 2 }).waitFor();
    const j = (await (await page.request.get('/api/recruiting/journey?months=12')).json()) as Journey;
    const sharer = j.origins.find((o) => o.shares > 0 && o.clicks === 23);
    expect(sharer).toBeTruthy();
    const hire = j.hires.find((h) => h.firstShareAt);
    expect(hire).toBeTruthy();
    // The colleague at the origin, with their job shares and the clicks those brought.
    const row = page.getByRole('row', { name: new RegExp(sharer!.name) });
    await row.waitFor();
    expect(await row.textContent()).toContain('23');
    // The hire, closing the circle with their own first share.
    const card = page.locator('li', { hasText: hire!.name }).filter({ hasText: 'Prima condivisione il' });
    await card.waitFor();
    await page.getByRole('link', { name: 'Scarica CSV' }).waitFor();
    await checkpoint(page, 'journey-01-view');
  });
});
