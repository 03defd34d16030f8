import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { mediaResponse, parseRange } from './media-response';

const bytes = Uint8Array.from({ length: 100 }, (_, i) => i);
const app = new Hono().get('/m', (c) => mediaResponse(c, { bytes, contentType: 'video/webm' }, { 'cache-control': 'no-store' }));
const get = (range?: string) => app.request('/m', { headers: range ? { range } : {} });

describe('media with byte ranges (Safari plays nothing without them)', () => {
  it('answers the whole file without a range, saying ranges are accepted', async () => {
    const res = await get();
    expect(res.status).toBe(200);
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(bytes);
  });

  it("answers Safari's first probe and an open-ended range with 206 and the right bytes", async () => {
    const probe = await get('bytes=0-1');
    expect(probe.status).toBe(206);
    expect(probe.headers.get('content-range')).toBe('bytes 0-1/100');
    expect([...new Uint8Array(await probe.arrayBuffer())]).toEqual([0, 1]);
    const rest = await get('bytes=90-');
    expect(rest.headers.get('content-range')).toBe('bytes 90-99/100');
    expect(new Uint8Array(await rest.arrayBuffer()).length).toBe(10);
    expect(parseRange('bytes=-5', 100)).toEqual([95, 99]);
    expect(parseRange('bytes=10-500', 100)).toEqual([10, 99]);
  });

  it('refuses a range past the end with 416 and the size; ignores what it does not understand', async () => {
    const res = await get('bytes=100-');
    expect(res.status).toBe(416);
    expect(res.headers.get('content-range')).toBe('bytes */100');
    expect((await get('bytes=0-1,5-6')).status).toBe(200);
    expect((await get('items=0-1')).status).toBe(200);
    expect(parseRange('bytes=5-2', 100)).toBe('unsatisfiable');
  });
});
