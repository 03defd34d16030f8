import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasGpsPointer, jpegWithGps } from '../../src/server/modules/stories/test-data';
import { a11yProblems, newContext, openBrowser, shot, shotBoth, signInUi, startVoce, type Voce } from './harness';

// Issue 9 (stories) end to end on the demo company, on a phone: an employee tells a story with a photo that carries
// GPS coordinates, comms approve it, it appears in the feed credited to her, and the picture people download has no
// location in it.
const STORY = 'Prima visita al reparto verniciatura: orgogliosa di lavorare con questa squadra!';

let voce: Voce;
let browser: Browser;
let photoFile = '';

beforeAll(async () => {
  voce = await startVoce({ seed: true });
  browser = await openBrowser();
  photoFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'voce-story-')), 'IMG_0042.jpg');
  const bytes = await jpegWithGps(3024, 2268);
  expect(hasGpsPointer((await sharp(bytes).metadata()).exif)).toBe(true);
  fs.writeFileSync(photoFile, bytes);
});
afterAll(async () => {
  await browser?.close();
  await voce?.stop();
});

async function check(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await shot(page, `stories-${name}-390`);
  await shotBoth(page, `stories-${name}`);
  expect(await a11yProblems(page), name).toEqual([]);
}

async function signedIn(email: string): Promise<Page> {
  const page = await (await newContext(browser, { baseURL: voce.url, phone: true })).newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  page.setDefaultTimeout(20_000);
  await signInUi(page, email);
  return page;
}

async function noLocation(page: Page, url: string) {
  const res = await page.request.get(url);
  expect(res.status()).toBe(200);
  const bytes = await res.body();
  const meta = await sharp(bytes).metadata();
  expect(meta.exif).toBeUndefined();
  expect(hasGpsPointer(meta.exif)).toBe(false);
}

describe('employee stories', () => {
  let postId = '';

  it('an employee tells a story from her phone, with a photo carrying GPS data', async () => {
    const page = await signedIn('dipendente@aurora.example');
    await page.goto('/stories');
    await page.getByRole('heading', { name: 'Le mie storie' }).waitFor();
    await check(page, 'mine-before');
    await page.getByRole('link', { name: 'Nuova storia' }).click();
    await page.getByRole('heading', { name: 'Racconta una storia' }).waitFor();
    await page.getByLabel('La tua storia').fill(STORY);
    await page.locator('input[type=file]').setInputFiles(photoFile);
    await page.getByRole('img', { name: 'Foto 1' }).waitFor();
    await page.getByLabel('Colleghi da nominare').fill('Luca');
    await page
      .getByRole('button', { name: /^\+ Luca/ })
      .first()
      .click();
    await page.getByLabel(/Tutte le persone riconoscibili/).check();
    await check(page, 'submit');
    await page.getByRole('button', { name: 'Invia per la revisione' }).click();
    await page.getByText('Grazie! La tua storia è al team comunicazione.').waitFor();
    await page.getByText(STORY).waitFor();
    await check(page, 'mine-pending');
    // Even a photo sent as it is (not resized by the browser) is stored without its location.
    const upload = await page.request.post('/api/stories/photos', {
      multipart: { file: { name: 'raw.jpg', mimeType: 'image/jpeg', buffer: fs.readFileSync(photoFile) } },
    });
    expect(upload.status()).toBe(200);
    await noLocation(page, (await upload.json()).url);
  });

  it('comms approve it and it appears in the feed credited to its author, its picture without location', async () => {
    const editor = await signedIn('comunicazione@aurora.example');
    await editor.goto('/stories/moderate');
    await editor.getByRole('heading', { name: 'Storie da rivedere' }).waitFor();
    const card = editor.locator('.mantine-Card-root', { hasText: STORY });
    await card.waitFor();
    await check(editor, 'queue');
    await card.getByLabel('Testo suggerito per la condivisione (facoltativo)').fill('Che squadra in verniciatura!');
    const approved = editor.waitForResponse((r) => r.url().includes('/approve') && r.request().method() === 'POST');
    await card.getByRole('button', { name: 'Approva e pubblica' }).click();
    const res = await approved;
    expect(res.status()).toBe(200);
    postId = (await res.json()).postId;
    await editor.getByText(STORY).waitFor({ state: 'detached' });

    const employee = await signedIn('dipendente@aurora.example');
    await employee.goto('/feed');
    const item = employee.locator('.mantine-Card-root', { hasText: 'Storia di Francesca Ricci' }).first();
    await item.waitFor();
    await check(employee, 'feed');
    const feed = await (await employee.request.get('/api/feed')).json();
    const inFeed = feed.items.find((i: { id: string }) => i.id === postId);
    expect(inFeed.title).toBe('Storia di Francesca Ricci');
    await noLocation(employee, inFeed.preview.imageUrl);
    await employee.goto('/stories');
    await employee.getByText('Pubblicata').first().waitFor();
    const mine = await (await employee.request.get('/api/stories/mine')).json();
    await noLocation(employee, mine.items[0].photos[0].url);
    await check(employee, 'mine-published');
  });
});
