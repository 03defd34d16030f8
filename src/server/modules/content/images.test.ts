import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOfNewOrg, createPerson, signIn } from '../../testing/fixtures';
import { createTestPlatform, type TestPlatform } from '../../testing/test-platform';
import { postBody } from './test-data';

let tp: TestPlatform;
beforeAll(async () => {
  tp = await createTestPlatform();
});
afterAll(async () => tp.close());

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);

type Api = Awaited<ReturnType<typeof signIn>>;
function upload(api: Api, bytes: Uint8Array<ArrayBuffer>, name = 'photo.png', type = 'image/png') {
  const form = new FormData();
  form.set('file', new File([bytes], name, { type }));
  return api.raw('/api/posts/images', { method: 'POST', body: form });
}

describe('post images', () => {
  it('stores a PNG and serves it to members of the organisation only', async () => {
    const { api, org } = await adminOfNewOrg(tp);
    const res = await upload(api, PNG);
    expect(res.status).toBe(200);
    const { key, url } = await res.json();
    expect(key).toMatch(/\.png$/);

    const employee = await signIn(tp, (await createPerson(tp, org.id)).email);
    const got = await employee.get(url);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await got.arrayBuffer())).toEqual(PNG);

    const other = await adminOfNewOrg(tp);
    expect((await other.api.get(url)).status).toBe(404);
    const post = await (await api.post('/api/posts', postBody({ imageKey: key }))).json();
    expect(post.imageUrl).toBe(url);
  });

  it('judges the type by the bytes, not by the name', async () => {
    const { api } = await adminOfNewOrg(tp);
    const res = await upload(api, new TextEncoder().encode('<svg onload="alert(1)"></svg>'), 'evil.png', 'image/png');
    expect(res.status).toBe(422);
    expect((await res.json()).error.code).toBe('content.image_type');
    const webp = new Uint8Array([...new TextEncoder().encode('RIFF'), 0, 0, 0, 0, ...new TextEncoder().encode('WEBPVP8 ')]);
    expect((await (await upload(api, webp, 'x.bin', 'application/octet-stream')).json()).key).toMatch(/\.webp$/);
  });

  it('refuses files over 5 MB, a missing file, and employees', async () => {
    const { api, org } = await adminOfNewOrg(tp);
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set([0xff, 0xd8, 0xff]);
    const res = await upload(api, big, 'big.jpg', 'image/jpeg');
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('content.image_too_large');
    const empty = await api.raw('/api/posts/images', { method: 'POST', body: new FormData() });
    expect(empty.status).toBe(400);
    expect((await api.post('/api/posts/images', {})).status).toBe(415); // JSON is not an upload
    const employee = await signIn(tp, (await createPerson(tp, org.id)).email);
    expect((await upload(employee, PNG)).status).toBe(403);
  });
});
