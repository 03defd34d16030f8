import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkpoint, openBrowser, PHONE_390, signedInPage, startVoce, type Voce } from './harness';

// Issue 9, the event page seen from outside and the door: a colleague's tracked link to last month's plant visit opens
// its public gallery on a stranger's phone (no account); at the open day, comms check the demo employee in by
// pointing the phone's camera at her QR code (Chromium's fake camera plays a video of it).
const EDITOR = 'comunicazione@aurora.example';
const EMPLOYEE = 'dipendente@aurora.example';
const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

type EventT = { id: string; type: string; startsAt: string; titleIt: string };

let voce: Voce;
let browser: Browser;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'voce-qr-'));

beforeAll(async () => {
  voce = await startVoce({ seed: true });
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await voce?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A same-origin API call from the signed-in page (the browser sends its cookie and Origin, as the app does). */
async function call<T>(page: Page, method: string, url: string): Promise<T> {
  const r = await page.evaluate(
    async ([m, u]) => {
      const res = await fetch(u, {
        method: m,
        headers: { 'content-type': 'application/json' },
        body: m === 'GET' ? undefined : '{}',
      });
      return { status: res.status, body: await res.text() };
    },
    [method, url],
  );
  if (r.status >= 300) throw new Error(`${method} ${url}: ${r.status} ${r.body}`);
  return JSON.parse(r.body) as T;
}

/**
 * A Y4M video (I420, 640×480, still frames) of the QR code of `text` on white: what Chromium's fake camera shows with
 * --use-file-for-fake-video-capture.
 */
function qrVideo(text: string, file: string): string {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const W = 640;
  const H = 480;
  const scale = 10;
  const side = (qr.modules.size + 8) * scale;
  const x0 = (W - side) / 2;
  const y0 = (H - side) / 2;
  const y = Buffer.alloc(W * H, 235);
  for (let r = 0; r < H; r++)
    for (let c = 0; c < W; c++) {
      const mr = Math.floor((r - y0) / scale) - 4;
      const mc = Math.floor((c - x0) / scale) - 4;
      const inside = mr >= 0 && mc >= 0 && mr < qr.modules.size && mc < qr.modules.size;
      if (inside && qr.modules.get(mr, mc)) y[r * W + c] = 16;
    }
  const chroma = Buffer.alloc((W / 2) * (H / 2), 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, chroma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${W} H${H} F10:1 Ip A1:1 C420jpeg\n`);
  fs.writeFileSync(file, Buffer.concat([header, ...Array.from({ length: 10 }, () => frame)]));
  return file;
}

describe('events: public gallery and camera check-in', () => {
  it('a stranger follows a colleague’s tracked link to the plant visit and sees its public gallery on a phone', async () => {
    const editor = await signedInPage(browser, voce.url, EDITOR);
    await editor.goto('/events/manage');
    const { events } = await call<{ events: EventT[] }>(editor, 'GET', '/api/events/managed');
    const visit = events.find((e) => e.type === 'plant_visit' && new Date(e.startsAt).getTime() < Date.now());
    expect(visit).toBeDefined();
    // The gallery under the event page offers the colleague's own tracked link.
    await editor.goto(`/events/${visit?.id}`);
    await editor.getByRole('button', { name: "Condividi l'evento" }).click();
    const url = await editor.getByRole('textbox', { name: 'Il tuo link' }).inputValue();
    expect(url).toMatch(/\/l\/\w+$/);

    // No cookies, an iPhone's browser; the page is server-rendered and has no script (the integration test checks).
    const stranger = await (await browser.newContext({ viewport: PHONE_390, locale: 'it-IT', userAgent: IPHONE })).newPage();
    stranger.setDefaultTimeout(20_000);
    await stranger.goto(url);
    expect(new URL(stranger.url()).pathname).toBe(`/gallery/pastificio-aurora/${visit?.id}`);
    await stranger.getByRole('heading', { level: 1, name: visit?.titleIt }).waitFor();
    const stories = stranger.getByRole('article');
    expect(await stories.count()).toBeGreaterThanOrEqual(2);
    const photo = stranger.getByRole('img').first();
    await photo.scrollIntoViewIfNeeded();
    // Lazy photos load once on screen, served by the gallery itself.
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const og = await stranger.locator('meta[property="og:image"]').getAttribute('content');
    expect(og).toContain(`/gallery/pastificio-aurora/${visit?.id}/photos/`);
    // Nothing of the members' app: no attendee list, no sign-in wall.
    expect(await stranger.getByText(/iscritti|presente dalle/i).count()).toBe(0);
    await checkpoint(stranger, 'events-public-01-gallery');

    const missing = await stranger.goto(`${voce.url}/gallery/pastificio-aurora/00000000-0000-4000-8000-000000000000`);
    expect(missing?.status()).toBe(404);
  });

  it('comms check the employee in at the door by scanning her QR code with the phone camera', async () => {
    const employee = await signedInPage(browser, voce.url, EMPLOYEE, true);
    await employee.goto('/events');
    const { events } = await call<{ events: EventT[] }>(employee, 'GET', '/api/events?scope=upcoming');
    const openDay = events.find((e) => e.type === 'open_day');
    expect(openDay).toBeDefined();
    const mine = await call<{ status: string; checkinCode: string }>(employee, 'POST', `/api/events/${openDay?.id}/registration`);
    expect(mine.status).toBe('confirmed');

    // A second browser whose camera films the employee's badge.
    const camera = await openBrowser({ fakeVideo: qrVideo(mine.checkinCode, path.join(dir, 'badge.y4m')) });
    try {
      const door = await signedInPage(camera, voce.url, EDITOR, true);
      await door.context().grantPermissions(['camera'], { origin: voce.url });
      await door.goto(`/events/manage/${openDay?.id}/check-in`);
      await door.getByRole('heading', { name: 'Check-in' }).waitFor();
      await door.getByRole('button', { name: 'Scansiona con la fotocamera' }).click();
      await door.getByRole('status').filter({ hasText: 'presenza registrata' }).waitFor({ timeout: 30_000 });
      await checkpoint(door, 'events-public-02-camera-check-in');
      // Recorded once: the registrations list shows her present.
      const list = await call<{ registrations: { checkedInAt: string | null; status: string }[] }>(
        door,
        'GET',
        `/api/events/${openDay?.id}/registrations`,
      );
      expect(list.registrations.filter((r) => r.checkedInAt).length).toBe(1);
    } finally {
      await camera.close();
    }
  });
  it('comms read the stories and events figures on the analytics page, on a phone', async () => {
    const page = await signedInPage(browser, voce.url, EDITOR, true);
    await page.goto('/analytics?period=90');
    await page.getByRole('tab', { name: 'Storie ed eventi' }).click();
    await page.getByRole('heading', { name: 'Storie dei dipendenti' }).waitFor();
    await page.getByRole('region', { name: 'Eventi del periodo' }).getByText('Visita allo stabilimento di Parma').waitFor();
    await page.getByRole('region', { name: 'Storie inviate' }).waitFor();
    await checkpoint(page, 'events-public-03-analytics');
  });
});
