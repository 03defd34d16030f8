import { inArray } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { purgeOrphanPhotos } from './jobs';
import { storyPhotos } from './schema';
import { hasGpsPointer, jpegWithGps, pngBomb, storyBody, storyOrg, uploadPhoto } from './test-data';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

describe('story photos are made safe on the server', () => {
  it('strips EXIF and GPS: the stored bytes read back carry no metadata', async () => {
    const { authorApi } = await storyOrg(tp);
    const original = await jpegWithGps(3000, 1500);
    expect(hasGpsPointer((await sharp(original).metadata()).exif)).toBe(true);
    const res = await uploadPhoto(authorApi, original);
    expect(res.status).toBe(200);
    const { url, width, height } = await res.json();
    expect([width, height]).toEqual([2048, 1024]);
    const got = await authorApi.get(url);
    expect(got.headers.get('content-type')).toBe('image/jpeg');
    const stored = Buffer.from(await got.arrayBuffer());
    const meta = await sharp(stored).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.format).toBe('jpeg');
    expect(stored.includes(Buffer.from('VoceCam'))).toBe(false);
  });

  it('applies the EXIF orientation before dropping it', async () => {
    const { authorApi } = await storyOrg(tp);
    const rotated = await sharp({ create: { width: 400, height: 200, channels: 3, background: '#000' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const { width, height } = await (await uploadPhoto(authorApi, rotated)).json();
    expect([width, height]).toEqual([200, 400]);
  });

  it('accepts PNG and WebP by their content, whatever the name says', async () => {
    const { authorApi } = await storyOrg(tp);
    const png = await sharp({ create: { width: 50, height: 50, channels: 4, background: '#f00a' } })
      .png()
      .toBuffer();
    const webp = await sharp({ create: { width: 50, height: 50, channels: 3, background: '#0f0' } })
      .webp()
      .toBuffer();
    expect((await uploadPhoto(authorApi, png, 'x.gif', 'text/plain')).status).toBe(200);
    expect((await uploadPhoto(authorApi, webp, 'x.jpg')).status).toBe(200);
  });

  it('refuses bad files with a clear 4xx and stays healthy', async () => {
    const { authorApi } = await storyOrg(tp);
    const html = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from('<html><script>alert(1)</script>'),
    ]);
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic'), Buffer.alloc(64)]);
    const cases: [Buffer, number, string][] = [
      [html, 422, 'stories.photo_unreadable'],
      [exe, 422, 'stories.photo_type'],
      [svg, 422, 'stories.photo_svg'],
      [heic, 422, 'stories.photo_heic'],
      [Buffer.alloc(0), 400, 'stories.photo_empty'],
      [pngBomb(), 413, 'stories.photo_too_many_pixels'],
    ];
    for (const [bytes, status, code] of cases) {
      const res = await uploadPhoto(authorApi, bytes, 'photo.jpg');
      expect(res.status, code).toBe(status);
      const body = await res.json();
      expect(body.error.code, code).toBe(code);
      expect(body.error.message.length, code).toBeGreaterThan(10);
    }
    const before = process.memoryUsage().rss;
    const huge = await uploadPhoto(authorApi, new Uint8Array(30 * 1024 * 1024), 'big.jpg');
    expect(huge.status).toBe(413);
    expect(process.memoryUsage().rss - before).toBeLessThan(400 * 1024 * 1024);
    // The process is unharmed: a good photo still goes through.
    expect((await uploadPhoto(authorApi, await jpegWithGps())).status).toBe(200);
  });

  it('serves a photo only inside its organisation, and an unsubmitted one only to its uploader', async () => {
    const { authorApi, lucaApi } = await storyOrg(tp);
    const { url } = await (await uploadPhoto(authorApi, await jpegWithGps())).json();
    expect((await lucaApi.get(url)).status).toBe(404);
    const other = await storyOrg(tp);
    expect((await other.editor.get(url)).status).toBe(404);
  });

  it('deletes photos abandoned for a day, file and row, and keeps those in a story', async () => {
    const { authorApi } = await storyOrg(tp);
    const a = await (await uploadPhoto(authorApi, await jpegWithGps())).json();
    const b = await (await uploadPhoto(authorApi, await jpegWithGps())).json();
    expect((await authorApi.post('/api/stories', storyBody({ photoKeys: [b.key] }))).status).toBe(200);
    await tp.platform.db
      .update(storyPhotos)
      .set({ createdAt: new Date(Date.now() - 2 * 86_400_000) })
      .where(inArray(storyPhotos.key, [a.key, b.key]));
    const runs = await Promise.all([purgeOrphanPhotos(tp.platform), purgeOrphanPhotos(tp.platform)]);
    expect(runs[0].purged + runs[1].purged).toBeGreaterThanOrEqual(1);
    expect((await authorApi.get(a.url)).status).toBe(404);
    expect((await authorApi.get(b.url)).status).toBe(200);
  });
});
